package io.github.ghidanh.core.model;

/**
 * Whether an organisation issues party documents (Hướng dẫn 36-HD/VPTW, 2018) or state documents
 * (Nghị định 30/2020/NĐ-CP). It decides the format of every document it issues.
 */
public enum OrganisationKind {
    /** Party body: Đảng ủy, chi bộ, Tỉnh ủy… */
    PARTY,
    /** State body or mass organisation: UBND, HĐND, MTTQ… */
    STATE
}
