package io.opencert.certificate.api;

import io.opencert.commons.testing.ApiContractTestBase;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "certificate"))
class ApiContractTest extends ApiContractTestBase {
    ApiContractTest() {
        super("certificate-service");
    }
}
