package org.citizendialogue.account;

import org.springframework.data.relational.core.mapping.Table;

@Table("account_role")
record AccountRole(String role) {}
