package org.ltsports.prefix.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ltsports.prefix.link.LinkRules.Strategy;

class LinkRulesTest {
    @Test
    void shareFollowsKegRb() {
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "man"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "man/man1"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "man/de"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "locale"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "locale/pt_BR"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "locale/de/LC_MESSAGES"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "icons/hicolor"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "zsh/site-functions"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "fish/vendor_completions.d"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "aclocal"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "doc"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "info"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("share", "pkgconfig"));
        assertEquals(Strategy.LINK, LinkRules.strategy("share", "doc/hello"));
        assertEquals(Strategy.LINK, LinkRules.strategy("share", "hello"));
        assertEquals(Strategy.INFO, LinkRules.strategy("share", "info/hello.info"));
        assertEquals(Strategy.SKIP_FILE, LinkRules.strategy("share", "locale/locale.alias"));
        assertEquals(Strategy.SKIP_FILE, LinkRules.strategy("share", "icons/hicolor/icon-theme.cache"));
    }

    @Test
    void libFollowsKegRb() {
        assertEquals(Strategy.MKPATH, LinkRules.strategy("lib", "pkgconfig"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("lib", "cmake"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("lib", "python3.11"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("lib", "perl5/site_perl"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("lib", "ruby"));
        assertEquals(Strategy.LINK, LinkRules.strategy("lib", "cmake/ZLIB"));
        assertEquals(Strategy.LINK, LinkRules.strategy("lib", "hello"));
        assertEquals(Strategy.SKIP_FILE, LinkRules.strategy("lib", "charset.alias"));
    }

    @Test
    void etcBinSbinAndInclude() {
        assertEquals(Strategy.MKPATH, LinkRules.strategy("etc", "bash_completion.d"));
        assertEquals(Strategy.SKIP_DIR, LinkRules.strategy("bin", "sub"));
        assertEquals(Strategy.SKIP_DIR, LinkRules.strategy("sbin", "sub"));
        assertEquals(Strategy.LINK, LinkRules.strategy("include", "openssl"));
        assertEquals(Strategy.MKPATH, LinkRules.strategy("include", "postgresql@16"));
    }
}
