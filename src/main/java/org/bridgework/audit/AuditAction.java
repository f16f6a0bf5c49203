package org.bridgework.audit;

public enum AuditAction { CREATE, CHANGE, DELETE, VIEW, EXPORT }
