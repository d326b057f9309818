"""Set 5, English part B: handwritten debtor replies s5en101-s5en150 (US, GB and a French firm's English-speaking customers)."""

CASES = [
    dict(id="s5en101", country="US", date="2026-11-10T14:12", fmt="html_outlook", ago=3,
         inv="TMP-10482", amt="4,870.00", due="2026-10-26",
         frm="Accounts Payable - Brennan Hollis Properties <ap@brennanhollis.com>",
         intent="paid", paid_on="2026-11-06",
         note="AP says the ACH was released 11/6 (month-first, US) -> 2026-11-06.",
         body="""Good afternoon,

Our records show that invoice TMP-10482 was paid in full via ACH. The payment was released on 11/6 and should settle in your account within 1-2 business days.

ACH Trace #: 021000021847733
Amount: $4,870.00

If the funds have not posted by end of day Thursday, please reply to this email with a copy of your bank statement and we will open an inquiry with our bank.

Thank you,

Renee Kowalczyk
Accounts Payable Specialist
Brennan Hollis Properties, LLC
P: 614-555-0193 | ap@brennanhollis.com

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""),

    dict(id="s5en102", country="US", date="2026-11-16T19:40", fmt="gmail", ago=4,
         inv="TMP-10503", amt="385.00", due="2026-10-30",
         frm="Dale Hupp <dalehupp.garage@gmail.com>",
         intent="paid", paid_on="2026-11-13",
         note="'check's in the mail', mailed 'friday'; reply is Monday 11/16 so last Friday = 2026-11-13.",
         body="""check's in the mail, dropped it off at the post office friday. should be there any day

Dale"""),

    dict(id="s5en103", country="US", date="2026-11-18T07:55", fmt="apple", ago=1,
         inv="TMP-10511", amt="640.00", due="2026-11-02",
         frm="Tasha Greer <tashagreer88@yahoo.com>",
         intent="promise", promise_date="2026-11-20",
         note="'this Friday when I get paid', reply Wednesday 11/18 -> Friday 2026-11-20.",
         body="""Hi, I know I'm late on this. I'll pay it this Friday when I get paid, you can run my card then if that's easier.

Sorry!
Tasha

Sent from my iPhone"""),

    dict(id="s5en104", country="US", date="2026-11-24T10:05", fmt="outlook", ago=1, stage="second_reminder", fwd=True,
         inv="TMP-10467", amt="2,915.40", due="2026-10-19",
         frm="Megan Solis <msolis@lakeviewpediatrics.com>",
         cc="Anita Patel MD <apatel@lakeviewpediatrics.com>",
         subj="FW: Second reminder: invoice TMP-10467 overdue – Tamarack Mechanical & Plumbing Inc.",
         intent="promise", promise_date="2026-12-03",
         note="Office manager forwarded by the doctor; commits to the check run on 12/3 -> 2026-12-03.",
         body="""Hello,

Dr. Patel forwarded this to me since I handle the practice's bills. Apologies for the delay - the invoice for the rooftop unit repair got stuck in her inbox and never made it to me.

I've entered it and it will go out in our next check run, which is Thursday 12/3. If you'd rather have it by ACH, send me your banking info on letterhead and I can switch it.

Thanks,

Megan Solis
Practice Manager
Lakeview Pediatrics
2840 Lakeview Dr, Suite B | Columbus, OH 43215
Office (614) 555-0117 | Fax (614) 555-0118

-----Original Message-----
From: Anita Patel MD <apatel@lakeviewpediatrics.com>
Sent: Monday, November 23, 2026 8:47 PM
To: Megan Solis <msolis@lakeviewpediatrics.com>
Subject: FW: Second reminder: invoice TMP-10467 overdue – Tamarack Mechanical & Plumbing Inc.

Megan can you take care of this? I thought we paid it.

Sent from my iPhone"""),

    dict(id="s5en105", country="US", date="2026-11-25T09:31", fmt="ooo", ago=0,
         inv="TMP-10529", amt="1,120.00", due="2026-11-09",
         frm="Gregory Tran <gtran@ohiovalleyfreight.com>",
         intent="out_of_office", return_date="2026-11-30",
         note="Auto-reply: out for Thanksgiving, 'returning Monday, November 30' -> 2026-11-30.",
         body="""Thank you for your email. I am out of the office for the Thanksgiving holiday with no access to email, returning Monday, November 30.

For urgent facilities matters please call our front desk at (614) 555-0150. For invoices and payment status, please contact accountspayable@ohiovalleyfreight.com.

Happy Thanksgiving!

Greg Tran
Facilities Manager | Ohio Valley Freight"""),

    dict(id="s5en106", country="US", date="2026-11-12T16:48", fmt="html_gmail", ago=2,
         inv="TMP-10495", amt="1,486.00", due="2026-10-28",
         frm="Carla Benedetti <carla@benedettirentals.com>",
         intent="dispute",
         note="Contests the labor charge (warranty) and the hours billed; refuses to pay as invoiced.",
         body="""Hi there,

Before anyone chases me again on this one - I'm not paying TMP-10495 as billed.

1) The water heater your guys replaced at 2231 Oakland Park Ave was installed by Tamarack in March 2025 and is still under your 2-year labor warranty. We shouldn't be billed labor at all, just the part if it isn't covered by the manufacturer.

2) Even if labor applied, my tenant says your tech was there about an hour and a half, not the 3.5 hours on the invoice.

Please send a corrected invoice or have your service manager call me. Happy to pay what's fair.

Carla Benedetti
Benedetti Rentals
(614) 555-0166"""),

    dict(id="s5en107", country="GB", date="2026-11-19T21:03", fmt="gmail", ago=2,
         inv="PL-2644", amt="780.00", due="2026-11-05",
         frm="Jess Trethewey <jesstrethewey@hotmail.co.uk>",
         intent="promise", promise_date="2026-11-30",
         note="'I'll transfer it on the 30th when I get paid' in a November mail -> 2026-11-30.",
         body="""Hiya,

So sorry, this completely slipped my mind with everything going on. The garden looks amazing by the way, the new patio has been used loads already!

I'll transfer it on the 30th when I get paid, if that's ok?

Jess x"""),

    dict(id="s5en108", country="GB", date="2026-11-13T11:26", fmt="outlook", ago=3, stage="second_reminder",
         inv="PL-2603", amt="3,260.00", due="2026-10-16",
         frm="Sunita Rao <sunita.rao@carnmarthhotel.co.uk>",
         intent="paid", paid_on="2026-11-10",
         note="Paid 'by BACS on Tuesday'; reply Friday 13 November -> Tuesday 2026-11-10.",
         body="""Good morning,

This was paid by BACS on Tuesday - I have attached the remittance advice for your records. It may have crossed with your reminder.

Our reference on the payment was CARNMARTH PL2603.

Kind regards,

Sunita Rao
Finance Assistant
Carnmarth Hotel & Spa
Tel: 01872 555 902

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Carnmarth Hotel Ltd is registered in England and Wales, No. 04417786."""),

    dict(id="s5en109", country="FR", date="2026-11-11T17:20", fmt="gmail", ago=1,
         inv="CMJ-26-0418", amt="2 340,00", due="2026-10-31",
         frm="Oliver Whitcombe <oliver.whitcombe@gmail.com>",
         intent="copy_request",
         note="The payment link will not open; asks for the invoice as a PDF.",
         body="""Hello,

Thanks for the reminder. I've tried the link in your email twice from two different laptops and it just gives me a blank page (maybe it's blocked over here?).

Could you please email me the invoice itself as a PDF? I also need it for my company as the chalet week was partly a team offsite, so if it could show "Whitcombe Design Ltd" that would be ideal.

Many thanks,
Oliver"""),

    dict(id="s5en110", country="US", date="2026-12-02T13:37", fmt="gmail", ago=2, stage="firm",
         inv="TMP-10452", amt="6,240.00", due="2026-10-15",
         frm="Ray Okafor <ray@okaforbrewing.com>",
         intent="plan_request",
         note="Asks to split the balance into three payments; no date committed.",
         body="""Hey folks,

I'm not dodging you, I promise. The walk-in cooler install was worth every penny, but November was brutal for us and we got hit with a big tax bill on top of it.

Is there any way we could split the $6,240 into three payments? I'd rather be upfront about it than make promises I can't keep. Let me know what works on your end.

Thanks for your patience,
Ray Okafor
Owner, Okafor Brewing Co."""),

    dict(id="s5en111", country="US", date="2026-11-17T09:12", fmt="html_outlook", ago=1,
         inv="TMP-10520", amt="912.75", due="2026-11-06",
         frm="Jason Merriweather <jmerriweather@brightlinelogistics.com>",
         intent="contact_change", new_email="ap@brightlinelogistics.com",
         note="Operations contact asks that invoices go to the AP mailbox instead.",
         body="""Hi,

I'm the operations manager at our Groveport warehouse and I don't process payments. Please send all invoices and statements to our AP department at ap@brightlinelogistics.com and update your billing contact - that's the only way it gets into our system.

I've forwarded this one to them as well.

Thanks,
Jason Merriweather
Operations Manager | Brightline Logistics
Groveport DC"""),

    dict(id="s5en112", country="US", date="2026-12-01T15:44", fmt="tb", ago=1,
         inv="TMP-10538", amt="1,755.00", due="2026-11-16",
         frm="Hal Ostrowski <hal@ostrowskimachine.com>",
         intent="promise", promise_date="2026-12-04",
         note="'check cut by EOW', reply Tuesday 12/1 -> end of week Friday 2026-12-04.",
         body="""Got it. I'll have our office cut a check by EOW.

Hal"""),

    dict(id="s5en113", country="US", date="2026-11-10T09:34", fmt="bounce",
         inv="TMP-10476", amt="528.00", due="2026-10-23",
         rcpt="jfarrow@harlanfoodsinc.com", status="5.1.1",
         diag="550 5.1.1 <jfarrow@harlanfoodsinc.com>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="harlanfoodsinc-com.mail.protection.outlook.com",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     jfarrow@harlanfoodsinc.com

Technical details of permanent failure:
The recipient's mail server rejected the address: user unknown."""),

    dict(id="s5en114", country="GB", date="2026-11-23T18:15", fmt="apple", ago=3, stage="second_reminder",
         inv="PL-2591", amt="2,180.00", due="2026-10-09",
         frm="Malcolm Pascoe <m.pascoe@btinternet.com>",
         intent="dispute",
         note="Says the turf has died in patches and withholds the balance until it is inspected.",
         body="""I've had two reminders from you now and I'll say the same thing I said to Dean on the phone.

The turf you laid in September has died back in patches all along the back fence - about a third of the lawn. I've watered it as I was told to. I'm not paying the balance until someone comes out and looks at it and puts it right.

Malcolm Pascoe

Sent from my iPad"""),

    dict(id="s5en115", country="US", date="2026-12-08T11:20", fmt="outlook", ago=1, stage="second_reminder",
         inv=[("TMP-10531", "3,412.00", "2026-11-10"), ("TMP-10544", "1,190.50", "2026-11-17")],
         frm="Lorraine Abbott <labbott@summitridgesenior.org>",
         intent="paid", paid_on="2026-12-08",
         note="Wire sent 'this morning' for both invoices; reply 12/8 -> 2026-12-08.",
         body="""Hi,

The wire for both invoices (TMP-10531 and TMP-10544, total $4,602.50) went out this morning. The Fed reference is 20261208B1Q8152C000347. Please let me know if it hasn't hit by tomorrow afternoon.

Sorry about the delay - we had a change in signers on the account and everything was held up for two weeks.

Lorraine Abbott
Controller
Summit Ridge Senior Living
o: (614) 555-0124"""),

    dict(id="s5en116", country="US", date="2026-12-09T10:02", fmt="html_gmail", ago=2,
         inv="TMP-10557", amt="2,080.00", due="2026-11-23",
         frm="Priya Nandakumar <priya@nandakumarcpa.com>",
         intent="promise", promise_date="2026-12-15",
         note="Scheduled in 'our 12/15 payment run' -> 2026-12-15.",
         body="""Hi Tamarack team,

Thanks for the nudge. It's approved and scheduled for our 12/15 payment run - it will come via ACH from Nandakumar & Associates CPAs.

Best,
Priya

--
Priya Nandakumar, CPA
Nandakumar & Associates
(614) 555-0181"""),

    dict(id="s5en117", country="US", date="2026-12-09T16:30", fmt="ooo", ago=0,
         inv="TMP-10549", amt="860.00", due="2026-11-20",
         frm="Bethany Cole <bcole@westerville-dental.com>",
         intent="out_of_office", return_date="2026-12-14",
         note="Auto-reply: 'returning to the office on Monday 12/14' -> 2026-12-14.",
         body="""Hello,

I am currently out of the office attending a conference and will have limited access to email. I will be returning to the office on Monday 12/14 and will respond to your message then.

If you need immediate assistance, please call the front desk at (614) 555-0139.

Bethany Cole
Office Manager, Westerville Family Dental"""),
]
