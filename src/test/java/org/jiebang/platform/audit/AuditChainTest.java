package org.jiebang.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final Instant at = Instant.parse("2026-11-23T02:03:04.123456789Z");

    private AuditEntry entry(String prev, String actor, String after) {
        return new AuditEntry(prev.equals(AuditChain.GENESIS) ? 1 : 2, at, actor, "ORGANIZATION_VERIFIED", "Organization", "7",
                "{\"status\":\"PENDING\"}", after, prev);
    }

    @Test
    void theHashIsSha256OfThePreviousHashAndTheFields() {
        AuditEntry first = entry(AuditChain.GENESIS, "staff.li", "{\"status\":\"VERIFIED\"}");
        assertEquals(64, first.getHash().length());
        assertTrue(first.isIntactAfter(1, AuditChain.GENESIS));
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String base = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "d", "e", "f");
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "d", "e", "F"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 1, at.plusNanos(1000), "a", "b", "c", "d", "e", "f"));
        assertNotEquals(base, AuditChain.hash("1".repeat(64), 1, at, "a", "b", "c", "d", "e", "f"));
        assertNotEquals(base, AuditChain.hash(AuditChain.GENESIS, 2, at, "a", "b", "c", "d", "e", "f"),
                "renumbering an entry changes its hash");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not hash alike; nor an absent value and an empty one
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, 1, at, "ab", "c", "x", null, null, null),
                AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "bc", "x", null, null, null));
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", null, null, null),
                AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "", null, null));
    }

    @Test
    void anEntryDoesNotFollowADifferentPredecessor() {
        AuditEntry first = entry(AuditChain.GENESIS, "staff.li", "{}");
        AuditEntry second = entry(first.getHash(), "staff.wang", "{}");
        assertTrue(second.isIntactAfter(2, first.getHash()));
        assertFalse(second.isIntactAfter(2, AuditChain.GENESIS));
        assertFalse(second.isIntactAfter(3, first.getHash()), "an entry out of its place is noticed");
    }

    @Test
    void aSealedEntryCannotBeConfirmedByGuessingWhatItHides() {
        String before = "{\"status\":\"DRAFT\"}";
        String after = "{\"status\":\"SUBMITTED\"}";
        AuditEntry sealed = new AuditEntry(1, at, "yrdam.zheng", "BID_SUBMITTED", "Bid", "42", before, after,
                AuditChain.GENESIS, "ab".repeat(32));
        // what a reader sees before the close: place, time, entity type, commitment, previous hash, hash
        assertEquals(AuditChain.sealedHash(AuditChain.GENESIS, 1, sealed.getAt(), "Bid", sealed.getCommitment()),
                sealed.getHash(), "the chain is checked from what is shown");
        // a perfect guess of everything hidden still matches nothing shown, without the salt
        String guessOpen = AuditChain.hash(AuditChain.GENESIS, 1, sealed.getAt(), "yrdam.zheng", "BID_SUBMITTED", "Bid",
                "42", before, after);
        String guessUnsalted = AuditChain.commitment("", "yrdam.zheng", "BID_SUBMITTED", "42", before, after);
        String guessOtherSalt = AuditChain.commitment("cd".repeat(32), "yrdam.zheng", "BID_SUBMITTED", "42", before, after);
        for (String guess : new String[] { guessOpen, guessUnsalted, guessOtherSalt }) {
            assertNotEquals(sealed.getHash(), guess);
            assertNotEquals(sealed.getCommitment(), guess);
        }
        // after the close the salt is shown, and the content can be checked against the commitment
        assertEquals(sealed.getCommitment(), AuditChain.commitment(sealed.getSalt(), "yrdam.zheng", "BID_SUBMITTED", "42",
                before, after));
        assertTrue(sealed.isIntactAfter(1, AuditChain.GENESIS));
    }

    @Test
    void entriesKeepTheMicrosecondsADatabaseKeeps() {
        AuditEntry entry = entry(AuditChain.GENESIS, "staff.li", "{}");
        assertEquals(Instant.parse("2026-11-23T02:03:04.123456Z"), entry.getAt(),
                "the time is cut to microseconds before hashing, so the stored row hashes the same");
        assertTrue(entry.isIntactAfter(1, AuditChain.GENESIS));
    }
}
