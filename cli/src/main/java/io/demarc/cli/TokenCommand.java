package io.demarc.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints an access token, for use with curl or the Swagger UI. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Sign in and print an access token (for curl or the Swagger UI's Authorize button).")
class TokenCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(connection.accessToken());
        return 0;
    }
}
