package io.kadens.security;

/**
 * What a signed-in user may do. EMPLOYEE is every tenant user's; MANAGER comes from having
 * reports; HR_ADMIN is granted; OPERATOR runs the service and belongs to no tenant.
 */
public enum Role {
    EMPLOYEE, MANAGER, HR_ADMIN, OPERATOR;

    public static final String EMPLOYEE_NAME = "EMPLOYEE";
    public static final String MANAGER_NAME = "MANAGER";
    public static final String HR_ADMIN_NAME = "HR_ADMIN";
    public static final String OPERATOR_NAME = "OPERATOR";

    public String authority() {
        return "ROLE_" + name();
    }
}
