package org.bridgework.activities;

public enum BookingStatus {
    BOOKED, WAITING, CANCELLED
}
