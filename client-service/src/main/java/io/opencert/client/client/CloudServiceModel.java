package io.opencert.client.client;

/** Cloud service models in the scope of ISO/IEC TR 20000-9. */
public enum CloudServiceModel { IAAS, PAAS, SAAS }
