package org.bridgework.families;

/** All that staff outside family support may know: that a resident has a lead worker, and how to reach them. */
public record LeadWorkerContact(String name, String phone, String email) {

    public String contactLine() {
        var sb = new StringBuilder(name);
        if (phone != null && !phone.isBlank()) {
            sb.append(", ").append(phone);
        }
        if (email != null && !email.isBlank()) {
            sb.append(", ").append(email);
        }
        return sb.toString();
    }
}
