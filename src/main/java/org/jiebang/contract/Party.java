package org.jiebang.contract;

/** The two signing parties of a contract: the firm (甲方) and the lead organization (乙方). */
public enum Party {
    CLIENT, CONTRACTOR
}
