package org.newsclaims.cli;

import picocli.CommandLine.Command;

/** Placeholder for {@code eval money}; its owner replaces this file. */
@Command(name = "money", description = "Score the money recognizer (not yet available).")
public final class EvalMoneyCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("newsclaims eval money: not available yet");
    }
}
