package dev.leadline.api.contacts;

import java.util.List;

/** The values of the classifying columns enrichment fills (checked by the database too, migration V9). */
final class Classifications {

    static final String SENIORITY_LIST = "OWNER, C_LEVEL, VP, HEAD, DIRECTOR, MANAGER, SENIOR, ENTRY, INTERN";
    static final String DEPARTMENT_LIST = "EXECUTIVE, ENGINEERING, PRODUCT, DESIGN, SALES, MARKETING, CUSTOMER_SUCCESS, "
            + "SUPPORT, OPERATIONS, FINANCE, HR, LEGAL, IT, DATA, OTHER";
    static final List<String> SENIORITIES = List.of(SENIORITY_LIST.split(", "));
    static final List<String> DEPARTMENTS = List.of(DEPARTMENT_LIST.split(", "));

    private Classifications() {
    }
}
