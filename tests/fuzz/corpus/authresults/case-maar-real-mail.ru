mxs.mail.ru; spf=pass (mx159.mail.ru: domain of fastmail.com designates 66.111.4.221 as permitted sender) smtp.mailfrom=deliverability@fastmail.com smtp.helo=new1-smtp.messagingengine.com;
	 dkim=pass header.d=fastmail.com;
	 dkim=pass header.d=messagingengine.com; dmarc=pass header.from=deliverability@fastmail.com