package io.demarc.inventory.collect;

import java.util.Set;

import software.amazon.awssdk.services.lambda.LambdaClient;

/** Lambda in one region: the functions. */
final class LambdaCollector implements ServiceCollector {

    @Override
    public String service() {
        return "lambda";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::Lambda::Function");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (LambdaClient lambda = session.client(LambdaClient::builder)) {
            recorder.pages("lambda", "ListFunctions", () -> lambda.listFunctionsPaginator(b -> {
            }));
        }
    }
}
