package org.jiebang.contract;

/** The five kinds of technology contract that 技术合同认定登记 recognizes (SPEC §6). */
public enum ContractType {
    /** 技术开发 */
    DEVELOPMENT,
    /** 技术转让 */
    TRANSFER,
    /** 技术许可 */
    LICENSE,
    /** 技术咨询 */
    CONSULTING,
    /** 技术服务 */
    SERVICE
}
