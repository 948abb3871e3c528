package dev.leadline.jobs.contactdata;

import java.util.Set;

/**
 * Mailbox providers whose domain says nothing about a person's employer: their addresses
 * never create or link a company.
 */
public final class FreeMailDomains {

	private static final Set<String> DOMAINS = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk",
			"yahoo.fr", "yahoo.de", "yahoo.es", "yahoo.it", "ymail.com", "rocketmail.com", "hotmail.com",
			"hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.es", "hotmail.it", "outlook.com", "outlook.fr",
			"outlook.de", "live.com", "live.fr", "live.de", "live.co.uk", "msn.com", "aol.com", "aol.de", "icloud.com",
			"me.com", "mac.com", "gmx.de", "gmx.net", "gmx.com", "gmx.at", "gmx.ch", "web.de", "t-online.de",
			"freenet.de", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "neuf.fr", "libero.it",
			"virgilio.it", "tiscali.it", "alice.it", "yandex.ru", "yandex.com", "mail.ru", "bk.ru", "inbox.ru",
			"list.ru", "protonmail.com", "proton.me", "pm.me", "tutanota.com", "zoho.com", "qq.com", "163.com",
			"126.com", "sina.com", "naver.com", "daum.net", "hanmail.net", "rediffmail.com", "seznam.cz", "wp.pl",
			"o2.pl", "onet.pl", "interia.pl", "bluewin.ch", "telenet.be", "skynet.be", "ziggo.nl", "kpnmail.nl",
			"hetnet.nl", "home.nl", "planet.nl", "btinternet.com", "sky.com", "virginmedia.com", "comcast.net",
			"verizon.net", "att.net", "sbcglobal.net", "bellsouth.net", "cox.net", "charter.net", "earthlink.net",
			"optonline.net", "shaw.ca", "rogers.com", "sympatico.ca", "bigpond.com", "optusnet.com.au", "uol.com.br",
			"bol.com.br", "terra.com.br", "hushmail.com", "fastmail.com", "fastmail.fm", "mail.com", "email.com",
			"inbox.com", "gmx.fr", "mailbox.org", "posteo.de", "yahoo.co.jp", "yahoo.com.br", "yahoo.ca", "hotmail.nl",
			"live.nl", "outlook.es");

	private FreeMailDomains() {
	}

	public static boolean contains(String domain) {
		return DOMAINS.contains(domain);
	}

}
