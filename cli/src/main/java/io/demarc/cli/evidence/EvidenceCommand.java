package io.demarc.cli.evidence;

import picocli.CommandLine.Command;

/** {@code demarc evidence ...}: work with evidence packages offline. */
@Command(name = "evidence", mixinStandardHelpOptions = true, description = "Work with evidence packages.", subcommands = {
        VerifyCommand.class})
public class EvidenceCommand {
}
