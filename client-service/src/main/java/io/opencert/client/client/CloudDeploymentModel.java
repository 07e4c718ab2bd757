package io.opencert.client.client;

/** Cloud deployment models in the scope of ISO/IEC TR 20000-9. */
public enum CloudDeploymentModel { PUBLIC, PRIVATE, COMMUNITY, HYBRID }
