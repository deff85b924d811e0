package org.jiebang.challenge.api;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jiebang.challenge.ChallengeService;

/** The code lists of SPEC §10: technology domains and regions in use. */
@Path("")
@Tag(name = "challenges")
@Produces(MediaType.APPLICATION_JSON)
public class CodeListResource {

    /** {@code {code, nameZh, nameEn}} */
    public record FieldView(String code, String nameZh, String nameEn) {
    }

    @Inject
    ChallengeService challenges;

    @GET
    @Path("fields")
    @Operation(summary = "The technology-domain code list")
    public List<FieldView> fields() {
        return challenges.fields().stream().map(f -> new FieldView(f.getCode(), f.getNameZh(), f.getNameEn())).toList();
    }

    @GET
    @Path("regions")
    @Operation(summary = "Region codes in use by published challenges")
    public List<String> regions() {
        return challenges.regions();
    }
}
