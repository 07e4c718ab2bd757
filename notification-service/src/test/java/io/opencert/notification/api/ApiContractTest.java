package io.opencert.notification.api;

import io.opencert.commons.testing.ApiContractTestBase;
import io.opencert.localstack.MailTestResource;
import io.opencert.localstack.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notification"))
@QuarkusTestResource(MailTestResource.class)
class ApiContractTest extends ApiContractTestBase {
    ApiContractTest() {
        super("notification-service");
    }
}
