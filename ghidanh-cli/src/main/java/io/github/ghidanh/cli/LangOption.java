package io.github.ghidanh.cli;

import io.github.ghidanh.cli.internal.Messages;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The --lang option shared by the subcommands. */
final class LangOption {
    enum Lang {
        vi,
        en
    }

    @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
            description = "Language of messages and documents: vi (default) or en.")
    Lang lang = Lang.vi;

    Locale locale() {
        return lang == Lang.en ? Messages.EN : Messages.VI;
    }
}
