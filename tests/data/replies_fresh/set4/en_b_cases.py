"""Set 4, English part b (ids s4en101-s4en150): handwritten debtor replies.

Tenants (see build_en_b.py): Tweedside Joinery & Glazing Ltd (GB, invoices TJG-), Cascade Ridge
Landscaping LLC (US, Oregon, invoices CRL-), Menuiserie Le Goff & Fils (FR, Quimper, invoices LGF-)
whose customers here write in English.
"date" is the local time of the reply in its time zone ("tz" overrides the tenant's zone).
"""

CASES = [
    # 101 promise: "Friday" said on Monday 9 Nov
    dict(id="s4en101", country="GB", date="2026-11-09T10:14:00", fmt="gmail",
         **{"from": "Gareth Pryce <gareth.pryce.builds@gmail.com>"},
         inv="TJG-2611", amt="1,284.00", due="2026-10-30", stage="reminder", ago=3,
         body="""Hi there,

Apologies, this one fell down the back of the sofa so to speak. I'll get it paid on Friday when I'm back at the desk.

Cheers,
Gareth""",
         intent="promise", promise_date="2026-11-13", note="'on Friday' said Mon 9 Nov = Fri 13 Nov"),

    # 102 paid: check mailed Monday, reply Wed 11 Nov (US)
    dict(id="s4en102", country="US", date="2026-11-11T14:32:00", fmt="html_outlook",
         **{"from": "Denise Kowalczyk <dkowalczyk@highdesertvet.com>"},
         inv="CRL-4402", amt="3,615.50", due="2026-10-31", stage="reminder", ago=2,
         body="""Hello,

A check for the full amount ($3,615.50) was mailed to your Division St address on Monday. Check number 20771. Please allow a few days for it to arrive with the holiday today.

Thank you,

Denise Kowalczyk
Office Manager | High Desert Veterinary Clinic
P: (541) 555-0178

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.""",
         intent="paid", paid_on="2026-11-09", note="'mailed ... on Monday' said Wed 11 Nov = Mon 9 Nov (check posted)"),

    # 103 dispute: defective windows
    dict(id="s4en103", country="GB", date="2026-11-10T08:47:00", fmt="outlook",
         **{"from": "Moira Haldane <moira@haldane-lettings.co.uk>"},
         inv="TJG-2598", amt="6,420.00", due="2026-10-25", stage="second_reminder", ago=1,
         body="""Good morning,

I'm rather surprised to be chased for this. The sash windows your team fitted at 12 Palace Street in early October are already letting water in along the bottom rail in both front bedrooms, and the tenant has had to put towels down. I reported this by phone on the 21st and nobody has come back to me.

We will settle the balance once the windows have been put right and not before. Please arrange for someone to attend.

Regards,
Moira Haldane
Haldane Lettings""",
         intent="dispute"),

    # 104 out_of_office: "until Monday 23rd November"
    dict(id="s4en104", country="GB", date="2026-11-13T09:02:00", fmt="ooo",
         **{"from": "Fraser Lowrie <f.lowrie@lowrie-estates.co.uk>"},
         inv="TJG-2640", amt="945.00", due="2026-11-06", stage="reminder", ago=0,
         body="""Thank you for your email.

I am out of the office until Monday 23rd November with only occasional access to email. If your matter is urgent please ring the estate office on 01890 882 114 and ask for Alison.

Kind regards,
Fraser Lowrie
Lowrie Estates""",
         intent="out_of_office", return_date="2026-11-23",
         note="'out of the office until Monday 23rd November' read as back on Mon 23 Nov"),

    # 105 promise without date: "next week" no day
    dict(id="s4en105", country="US", date="2026-11-12T19:48:00", fmt="apple",
         **{"from": "Tyler Brandt <tbrandt88@icloud.com>"},
         inv="CRL-4419", amt="780.00", due="2026-11-01", stage="reminder", ago=3,
         body="""yeah sorry about that man, money is tight right now. ill get you paid sometime next week once my paycheck hits

Sent from my iPhone""",
         intent="promise", note="'sometime next week', no day: promise without a date"),

    # 106 copy_request: FR tenant, Irish customer, cannot read French / link needs code
    dict(id="s4en106", country="FR", tz="Europe/Dublin", date="2026-11-16T11:20:00", fmt="gmail",
         **{"from": "Siobhan Nally <siobhan.nally@eircom.net>"},
         inv="LGF-26-0387", amt="2 150,00", due="2026-10-31", stage="reminder", ago=4,
         body="""Hello,

I'm afraid my French is not good enough to follow all of this. Could you please send me the actual invoice as a PDF attachment? When I click the link it asks me for a reference code that I don't seem to have.

This is for the kitchen cabinets at the house in Bénodet.

Many thanks,
Siobhan Nally""",
         intent="copy_request"),

    # 107 paid: "this morning"
    dict(id="s4en107", country="GB", date="2026-11-18T12:05:00", fmt="apple",
         **{"from": "Callum Reid <callum@reidandsonplumbing.co.uk>"},
         inv="TJG-2655", amt="312.60", due="2026-11-10", stage="reminder", ago=1,
         body="""Paid this morning by bank transfer, I put the invoice number as the reference.

Callum

Sent from my iPhone""",
         intent="paid", paid_on="2026-11-18", note="'this morning' = day of the reply"),

    # 108 plan_request: formal, three instalments
    dict(id="s4en108", country="GB", date="2026-11-17T15:40:00", fmt="outlook",
         **{"from": "Helen Armitage <helen.armitage@northumbriacare.org.uk>"},
         inv="TJG-2577", amt="4,860.00", due="2026-10-16", stage="firm", ago=5,
         body="""Dear Sir or Madam,

Thank you for your letter regarding invoice TJG-2577.

I should be honest with you: the home has had an exceptionally difficult autumn, with two delayed local authority payments, and we are not in a position to clear £4,860.00 in one go at present. We have no complaint about the work itself, which was done to a high standard.

Would you be prepared to accept the balance in three equal monthly instalments of £1,620.00, the first in December? I would be happy to set these up as standing orders so that you do not need to chase.

I look forward to hearing from you.

Yours faithfully,

Helen Armitage
Finance Administrator
Coquetdale House Care Home""",
         intent="plan_request"),

    # 109 contact_change: new AP contact
    dict(id="s4en109", country="US", date="2026-11-19T09:12:00", fmt="gmail",
         **{"from": "Rob Oyelaran <rob@juniperstreetdental.com>"},
         inv="CRL-4388", amt="1,960.00", due="2026-10-28", stage="second_reminder", ago=2,
         body="""Hi,

I don't handle accounts payable for the practice anymore. Can you please send this and anything going forward to our new office manager, Carla Mendes, at carla.mendes@juniperstreetdental.com? I've forwarded her your email but it's best if it comes from you directly.

Thanks,
Rob""",
         intent="contact_change", new_email="carla.mendes@juniperstreetdental.com"),

    # 110 unsubscribe: angry
    dict(id="s4en110", country="GB", date="2026-11-19T21:37:00", fmt="gmail",
         **{"from": "Dean Whitfield <deanw1974@hotmail.co.uk>"},
         inv="TJG-2602", amt="540.00", due="2026-10-27", stage="repeat", ago=3,
         body="""STOP SENDING ME THESE EMAILS. I've already told the lad who rang me that I'm dealing with it. I do not need a robot pestering me every other day. Take me off your list NOW.""",
         intent="unsubscribe"),

    # 111 promise: "next payment run on the 15th" said Tue 17 Nov
    dict(id="s4en111", country="GB", date="2026-11-17T10:55:00", fmt="html_outlook",
         **{"from": "Accounts Payable <ap@kelsobrewingco.co.uk>"},
         inv="TJG-2631", amt="2,775.00", due="2026-11-05", stage="reminder", ago=2,
         body="""Good morning,

Thank you for your reminder. Unfortunately this invoice arrived just after our November supplier run had closed. We pay suppliers once a month on the 15th, so it will be included in the next run and you should see the funds that day.

Kind regards,

Jenna Scott
Accounts Payable
Kelso Brewing Company Ltd
Registered office: The Maltings, Kelso TD5 7BH. Registered in Scotland No. SC512287.""",
         intent="promise", promise_date="2026-12-15",
         note="next monthly run 'on the 15th' after Tue 17 Nov = Tue 15 Dec"),

    # 112 bounce: user unknown
    dict(id="s4en112", country="US", date="2026-11-19T09:31:00", fmt="bounce",
         **{"from": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"},
         inv="CRL-4425", amt="425.00", due="2026-11-04", stage="reminder",
         rcpt="jmarquez.properties@gmail.com", mta="mx.google.com", remote="gmail-smtp-in.l.google.com",
         status="5.1.1",
         diag="550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser",
         body="""** Address not found **

Your message wasn't delivered to jmarquez.properties@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.""",
         intent="bounce"),

    # 113 paid: "settled since Tuesday" said Fri 20 Nov
    dict(id="s4en113", country="US", date="2026-11-20T16:08:00", fmt="gmail",
         **{"from": "Marcy Eldridge <marcy@eldridgeyoga.com>"},
         inv="CRL-4410", amt="615.00", due="2026-11-02", stage="second_reminder", ago=1,
         body="""Hi Cascade Ridge team,

This has been taken care of since Tuesday - I paid through your online portal and got confirmation #PX-55812. Could you update your records so the reminders stop?

Thanks!
Marcy""",
         intent="paid", paid_on="2026-11-17", note="'since Tuesday' said Fri 20 Nov = Tue 17 Nov"),

    # 114 dispute: hours billed
    dict(id="s4en114", country="US", date="2026-11-16T13:26:00", fmt="outlook",
         **{"from": "Gordon Fairweather <gfairweather@pinebluffhoa.org>"},
         inv="CRL-4397", amt="1,890.00", due="2026-10-30", stage="second_reminder", ago=3,
         body="""Hello,

The invoice bills 14 crew hours for the fall leaf cleanup on October 14. Two of our board members were on site that day and your crew arrived around 10 and left before 4, with three people. That's at most 18 person-hours or 6 crew hours however you count it, not 14.

We are happy to pay for the hours actually worked. Please send a corrected invoice and we'll process it.

Gordon Fairweather
Treasurer, Pine Bluff Homeowners Association""",
         intent="dispute"),

    # 115 other: question about other services
    dict(id="s4en115", country="GB", date="2026-11-20T14:13:00", fmt="gmail",
         **{"from": "Anna Bell <annabell.alnmouth@gmail.com>"},
         inv="TJG-2648", amt="1,120.00", due="2026-11-12", stage="heads_up", ago=6,
         body="""Hello,

Thanks for the note. While I have you, does Tweedside make bespoke garden gates as well as windows? We're looking for a hardwood gate to match the new front door, about 1.2m wide. If so could someone give me a ring about a quote, 07700 914 336.

Anna""",
         intent="other"),

    # 116 out_of_office: US, "through Wednesday, December 2, returning Thursday"
    dict(id="s4en116", country="US", date="2026-11-24T09:31:00", fmt="ooo",
         **{"from": "Priya Raman <praman@summitcreekortho.com>"},
         inv="CRL-4431", amt="2,480.00", due="2026-11-15", stage="reminder", ago=0,
         subj_prefix="Out of Office: ",
         body="""Hi,

I'm out of the office for the Thanksgiving holiday from Tuesday, November 24 through Wednesday, December 2, and will respond to your email when I'm back on Thursday. For billing questions in the meantime, please call the front desk at (541) 555-0122.

Happy Thanksgiving!
Priya""",
         intent="out_of_office", return_date="2026-12-03",
         note="'back on Thursday' after 'through Wednesday, December 2' = Thu 3 Dec"),

    # 117 promise: FR tenant, English customer in the UK, "transfer tomorrow"
    dict(id="s4en117", country="FR", tz="Europe/London", date="2026-11-23T17:45:00", fmt="html_gmail",
         **{"from": "Richard Ashdown <r.ashdown@btinternet.com>"},
         inv="LGF-26-0402", amt="3 480,00", due="2026-11-10", stage="reminder", ago=4,
         body="""Dear Monsieur Le Goff,

Sorry for the delay, I had to move money into my euro account first. The transfer will leave tomorrow morning so it should reach you by the end of the week.

Best wishes, and thank you again for the lovely shutters.

Richard Ashdown""",
         intent="promise", promise_date="2026-11-24",
         note="transfer 'will leave tomorrow morning' said Mon 23 Nov = Tue 24 Nov (send date)"),

    # 118 bank_details: wants to verify
    dict(id="s4en118", country="GB", date="2026-11-24T11:31:00", fmt="outlook",
         **{"from": "Ian McVey <ian.mcvey@tillmouthfarms.co.uk>"},
         inv="TJG-2620", amt="3,096.00", due="2026-11-03", stage="second_reminder", ago=1,
         body="""Hi,

Happy to pay this, but before I do can you confirm your bank details? We had someone try to divert a payment last month with a fake "our bank details have changed" email, so our policy now is to verify sort code and account number with a supplier by phone before paying a new payee. Could someone ring me on 01289 386 501, or send them on headed paper?

Thanks
Ian McVey
Tillmouth Farms""",
         intent="bank_details"),

    # 119 paid: forwarded by accountant, literal date 20/11
    dict(id="s4en119", country="GB", date="2026-11-24T15:02:00", fmt="outlook", fwd=True,
         **{"from": "Priya Dhaliwal <priya@hollinsmead.co.uk>"},
         inv="TJG-2589", amt="860.40", due="2026-10-22", stage="firm", ago=1,
         body="""Hello,

I look after the books for Mr Thorburn (Thorburn Motors). He has forwarded me your email below. According to our records this invoice was included in the BACS run on 20/11/2026, so it should already be with you. Please check again and let me know if it hasn't arrived.

Kind regards,

Priya Dhaliwal ACCA
Hollins & Mead Chartered Accountants
01665 603 880

This email and any attachments are confidential and intended solely for the addressee. Hollins & Mead is a trading name of Hollins & Mead LLP, registered in England and Wales OC398112.""",
         intent="paid", paid_on="2026-11-20"),

    # 120 promise: "end of next week" said Wed 25 Nov
    dict(id="s4en120", country="US", date="2026-11-25T10:40:00", fmt="gmail",
         **{"from": "Luis Ortega <luis@ortegaroofingbend.com>"},
         inv="CRL-4436", amt="1,175.00", due="2026-11-15", stage="reminder", ago=2,
         body="""Hey,

Got it. Waiting on a big customer to pay me, should be able to send yours by the end of next week. Sorry for the wait.

Luis""",
         intent="promise", promise_date="2026-12-04",
         note="'end of next week' said Wed 25 Nov = Fri 4 Dec"),

    # 121 copy_request: needs PO number on invoice
    dict(id="s4en121", country="US", date="2026-11-30T08:22:00", fmt="html_outlook",
         **{"from": "Accounts Payable <ap@deschutesmedical.org>"},
         inv="CRL-4415", amt="5,240.00", due="2026-11-08", stage="second_reminder", ago=3,
         body="""Good morning,

Our AP system automatically rejects vendor invoices that do not reference a purchase order, which is why this has not been processed. Please reissue invoice CRL-4415 with PO# 88-20417 printed on it and email the PDF to this address.

Regards,
Tamsin Cole
Accounts Payable Specialist
Deschutes Medical Group""",
         intent="copy_request"),

    # 122 dispute: goods not received
    dict(id="s4en122", country="GB", date="2026-11-26T13:50:00", fmt="gmail",
         **{"from": "Neil Cartwright <neil@cartwrightinteriors.co.uk>"},
         inv="TJG-2659", amt="1,438.20", due="2026-11-19", stage="reminder", ago=2,
         body="""Hi,

This invoice covers two deliveries of oak skirting and architrave but we only ever got the first one (delivered 2nd Nov). The second was supposed to come the week after and never turned up. I'll pay for what we received if you send an amended invoice, but not for the full amount.

Neil Cartwright""",
         intent="dispute"),

    # 123 dispute: late fee questioned
    dict(id="s4en123", country="GB", date="2026-11-27T09:18:00", fmt="html_outlook",
         **{"from": "Sophie Langley <slangley@wooleragroup.com>"},
         inv=[("TJG-2604", "2,310.00", "2026-10-28"), ("TJG-2604-LF", "70.00", "2026-11-20")], stage="repeat", ago=3,
         body="""Hello,

I'm querying the £70 late payment charge that has appeared as a separate item. Our terms with you, as agreed in writing with your Mr Dodds in March, are 60 days from invoice, not 30. On that basis TJG-2604 is not yet overdue and the charge should not apply.

Please withdraw the charge and confirm. TJG-2604 itself will be paid on normal terms.

Regards,
Sophie Langley
Purchase Ledger, Wooler Group""",
         intent="dispute"),

    # 124 unsubscribe: polite
    dict(id="s4en124", country="US", date="2026-11-30T20:14:00", fmt="gmail",
         **{"from": "Karen Lindqvist <klindqvist@comcast.net>"},
         inv="CRL-4442", amt="360.00", due="2026-11-20", stage="reminder", ago=3,
         body="""Hello,

Please take my email address off these automated reminders. We have always paid you, and we'll pay this one too, on our own schedule. A friendly phone call is fine if something is truly late but I'd rather not have my inbox filled with these.

Karen""",
         intent="unsubscribe"),

    # 125 other: acknowledgement only, FR tenant
    dict(id="s4en125", country="FR", date="2026-11-27T16:33:00", fmt="tb",
         **{"from": "Martin Hughes <martin.hughes@orange.fr>"},
         inv="LGF-26-0391", amt="890,00", due="2026-11-05", stage="reminder", ago=1,
         body="""Hello,

Received, thank you. I will look into it with my wife when she is back from England and come back to you.

Regards,
Martin Hughes""",
         intent="other"),
    # 126 promise: several invoices, earliest date labelled
    dict(id="s4en126", country="GB", date="2026-11-30T11:06:00", fmt="html_outlook",
         **{"from": "Graham Elliot <graham.elliot@spittalmarine.co.uk>"},
         inv=[("TJG-2662", "1,740.00", "2026-11-16"), ("TJG-2671", "2,095.50", "2026-11-23")], stage="reminder", ago=3,
         body="""Morning,

Both noted. TJG-2662 will go out this Friday, 4th December. TJG-2671 I need to get signed off by the MD, who's away, so that one will follow the week after.

Hope that's OK.

Graham Elliot
Operations Manager
Spittal Marine Services Ltd""",
         intent="promise", promise_date="2026-12-04",
         note="two invoices: TJG-2662 on Fri 4 Dec (labelled, the earliest), TJG-2671 'the week after' (w/c 7 Dec)"),

    # 127 promise: partial paid today, balance on the 15th
    dict(id="s4en127", country="US", date="2026-12-01T12:44:00", fmt="gmail",
         **{"from": "Jess Whitaker <jesswhitaker.bend@gmail.com>"},
         inv="CRL-4428", amt="2,340.00", due="2026-11-12", stage="second_reminder", ago=1,
         body="""Hi,

I just sent $1,500 through Zelle to the number on your website. I'll send the remaining $840 on the 15th when I get paid. Sorry it's in two pieces, the holidays got expensive.

Jess""",
         intent="promise", promise_date="2026-12-15",
         note="partial payment of $1,500 made today (1 Dec); balance $840 promised 'on the 15th' = Tue 15 Dec"),

    # 128 dispute: rude, quantity
    dict(id="s4en128", country="US", date="2026-12-02T07:15:00", fmt="apple",
         **{"from": "Hank Dobbins <hank@dobbinsranch.net>"},
         inv="CRL-4447", amt="1,312.00", due="2026-11-22", stage="reminder", ago=4,
         body="""You billed me for 40 bags of mulch. I counted the empties myself, 22. Fix the invoice and maybe then we'll talk. Not paying for bags I never got.""",
         intent="dispute"),

    # 129 out_of_office: no return date
    dict(id="s4en129", country="GB", date="2026-12-03T09:00:00", fmt="ooo",
         **{"from": "Lorna Gibb <lorna.gibb@eyemouthharbourtrust.org>"},
         inv="TJG-2668", amt="3,520.00", due="2026-11-25", stage="reminder", ago=0,
         subj_prefix="Out of office: ",
         body="""Hello, I am currently away from the office and have limited access to emails. Your message has not been forwarded. For anything urgent please contact harbourmaster@eyemouthharbourtrust.org.

Lorna""",
         intent="out_of_office", note="no return date given"),

    # 130 paid: "we've done what's needed", no date
    dict(id="s4en130", country="GB", date="2026-12-04T14:20:00", fmt="gmail",
         **{"from": "Ruth Ainsley <ruth@ainsleybakery.co.uk>"},
         inv="TJG-2650", amt="488.00", due="2026-11-20", stage="reminder", ago=2,
         body="""Hi, all sorted at our end - my husband has done the necessary online. Shout if it doesn't show up.

Ruth""",
         intent="paid", note="says paid ('done the necessary'), no date given"),

    # 131 plan_request: monthly amount
    dict(id="s4en131", country="US", date="2026-12-04T22:51:00", fmt="gmail",
         **{"from": "Brenda Sayles <bsayles62@yahoo.com>"},
         inv="CRL-4390", amt="1,450.00", due="2026-10-29", stage="firm", ago=3,
         body="""To whoever reads these,

I was laid off at the end of October and I can't pay the whole $1,450 right now. Could I pay $200 a month until it's paid off? I can start the first week of January. I'm not trying to get out of it, the yard looks great, I just don't have it.

Brenda Sayles""",
         intent="plan_request"),

    # 132 contact_change: colleague left
    dict(id="s4en132", country="GB", date="2026-12-07T10:03:00", fmt="outlook",
         **{"from": "Tom Renwick <tom@brackenlawfarm.co.uk>"},
         inv="TJG-2673", amt="2,964.00", due="2026-11-27", stage="reminder", ago=3,
         body="""Hi,

Sarah who used to deal with your invoices left us in October, and her mailbox is only checked now and again. Can you please send invoices and reminders to accounts@brackenlawfarm.co.uk from now on? I'll make sure this one gets looked at.

Tom Renwick
Brackenlaw Farm Partnership""",
         intent="contact_change", new_email="accounts@brackenlawfarm.co.uk"),

    # 133 promise: "early December", no exact date (FR tenant, UK customer)
    dict(id="s4en133", country="FR", tz="Europe/London", date="2026-11-20T19:10:00", fmt="apple",
         **{"from": "Penny Marsh <pennymarsh@me.com>"},
         inv="LGF-26-0395", amt="1 260,00", due="2026-11-08", stage="reminder", ago=3,
         body="""Bonjour (that's the limit of my French I'm afraid!)

Thank you for the reminder. We're selling some shares to cover the work on the gîte and the money will be in my account in the first days of December. I will pay you then.

Penny Marsh

Sent from my iPad""",
         intent="promise", note="'in the first days of December' -- no exact date"),

    # 134 bounce: Outlook NDR, access denied
    dict(id="s4en134", country="GB", date="2026-12-07T09:02:00", fmt="bounce",
         **{"from": "Microsoft Outlook <postmaster@outlook.com>"},
         subj="Undeliverable: Payment reminder: invoice TJG-2669 now due",
         inv="TJG-2669", amt="715.00", due="2026-11-26", stage="reminder",
         rcpt="office@coldstreamgarage.co.uk", mta="EUR05-AM6-obe.outbound.protection.outlook.com",
         remote="coldstreamgarage-co-uk.mail.protection.outlook.com", status="5.4.1",
         diag="550 5.4.1 Recipient address rejected: Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM6PEPF00002A11.eurprd04.prod.outlook.com]",
         body="""Your message to office@coldstreamgarage.co.uk couldn't be delivered.

office wasn't found at coldstreamgarage.co.uk.

accounts  Office 365  office
Action Required

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.""",
         intent="bounce"),

    # 135 copy_request: statement of account
    dict(id="s4en135", country="GB", date="2026-12-08T13:37:00", fmt="tb",
         **{"from": "Alastair Knox <alastair@knoxcabinetry.co.uk>"},
         inv=[("TJG-2613", "1,050.00", "2026-11-02"), ("TJG-2644", "620.00", "2026-11-18"), ("TJG-2657", "384.00", "2026-11-24")],
         stage="second_reminder", ago=1,
         body="""Hello,

Could you please send me a full statement of account showing what you have as outstanding, with copies of each invoice? Your email lists three but I can only find two of them in our system and I want to reconcile before paying anything.

Thanks
Alastair Knox""",
         intent="copy_request"),

    # 136 paid: "yesterday" said Tue 8 Dec
    dict(id="s4en136", country="US", date="2026-12-08T10:05:00", fmt="html_gmail",
         **{"from": "Derek Huang <derek@huangfamilydental.com>"},
         inv="CRL-4451", amt="2,860.00", due="2026-11-28", stage="reminder", ago=1,
         body="""Hi there,

Our bookkeeper sent the ACH yesterday afternoon for the full amount, so it should post in a day or two.

Best,
Derek Huang, DDS""",
         intent="paid", paid_on="2026-12-07", note="'sent the ACH yesterday' said Tue 8 Dec = Mon 7 Dec"),

    # 137 promise: "Friday week" said Wed 2 Dec
    dict(id="s4en137", country="GB", date="2026-12-02T16:28:00", fmt="gmail",
         **{"from": "Kev Turnbull <kev.turnbull.roofing@outlook.com>"},
         inv="TJG-2646", amt="1,890.00", due="2026-11-20", stage="second_reminder", ago=2,
         body="""alright, I'm waiting on a retention payment from a big job. You'll have it Friday week at the latest, promise.

Kev""",
         intent="promise", promise_date="2026-12-11",
         note="'Friday week' said Wed 2 Dec = Fri 11 Dec (not this Friday 4 Dec)"),

    # 138 other: question about the system
    dict(id="s4en138", country="US", date="2026-12-09T09:48:00", fmt="gmail",
         **{"from": "Nora Pettibone <nora@pettibonebooks.com>"},
         inv="CRL-4455", amt="275.00", due="2026-12-14", stage="heads_up", ago=1,
         body="""Hi,

Quick question - is this a real person or an automated system? I'm just curious because your emails always land at exactly 9:30. Either way, happy holidays to the crew!

Nora""",
         intent="other"),

    # 139 dispute: FR tenant, item not installed
    dict(id="s4en139", country="FR", tz="Europe/London", date="2026-12-09T18:22:00", fmt="gmail",
         **{"from": "Jonathan Ferris <jferris@ferrisconsult.co.uk>"},
         inv="LGF-26-0410", amt="4 720,00", due="2026-11-30", stage="reminder", ago=2,
         body="""Dear Sir,

The invoice includes the oak handrail for the staircase (1 180,00 €), but it has never been installed. Your fitter told us in November the part was on back-order and he would return. Nobody has come back.

I will pay the invoice minus the handrail, or the whole amount once it is fitted. I will not pay for something I do not have.

Regards,
Jonathan Ferris""",
         intent="dispute"),

    # 140 out_of_office: US, back Monday January 4
    dict(id="s4en140", country="US", date="2026-12-21T09:31:00", fmt="ooo",
         **{"from": "Gail Mortensen <gmortensen@tumalocarts.org>"},
         inv="CRL-4460", amt="1,640.00", due="2026-12-10", stage="reminder", ago=0,
         body="""Thank you for your message. Our office is closed for the holidays from December 21 to January 1. I will reply to your email when I return on Monday, January 4.

Warm wishes for the season,
Gail Mortensen
Tumalo Arts Collective""",
         intent="out_of_office", return_date="2027-01-04"),

    # 141 promise: US numeric date 12/18
    dict(id="s4en141", country="US", date="2026-12-10T15:17:00", fmt="html_gmail",
         **{"from": "Sam Whitcomb <treasurer@sistersrotary.org>"},
         inv="CRL-4449", amt="3,200.00", due="2026-11-30", stage="reminder", ago=2,
         body="""Hello,

Apologies for the delay. Payments over $2,500 need two signatures and our board only meets monthly. The check will be signed and mailed 12/18, right after the meeting.

Sam Whitcomb
Treasurer, Sisters Rotary Club""",
         intent="promise", promise_date="2026-12-18"),

    # 142 paid: literal date, legal disclaimer
    dict(id="s4en142", country="GB", date="2026-12-07T08:58:00", fmt="outlook",
         **{"from": "Purchase Ledger <purchaseledger@berwickhotelgroup.co.uk>"},
         inv="TJG-2635", amt="5,108.40", due="2026-11-13", stage="firm", ago=3,
         body="""Dear Sir/Madam,

Please be advised that payment of £5,108.40 in respect of invoice TJG-2635 was made by Faster Payment on 3rd December. Our remittance advice was emailed to accounts@tweedsidejoinery.co.uk on the same day.

Kind regards,
Purchase Ledger Team
Berwick Hotel Group Ltd

DISCLAIMER: The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. If you have received this email in error please notify the sender immediately and delete it. Berwick Hotel Group Ltd, Registered in England No. 07781234. Registered Office: 1 Marygate, Berwick-upon-Tweed TD15 1BN.""",
         intent="paid", paid_on="2026-12-03"),

    # 143 bank_details: IBAN rejected
    dict(id="s4en143", country="FR", tz="Europe/London", date="2026-12-10T11:45:00", fmt="outlook",
         **{"from": "Clare Whitehouse <clare@whitehousedesign.co.uk>"},
         inv="LGF-26-0399", amt="1 980,00", due="2026-11-20", stage="second_reminder", ago=2,
         body="""Hello,

I tried to pay this last week but my bank returned the transfer saying the IBAN is invalid - the one printed on the invoice seems to be a character short. Could you send me your full IBAN and BIC so I can try again?

Thank you,
Clare Whitehouse""",
         intent="bank_details"),

    # 144 copy_request: phone-typed
    dict(id="s4en144", country="GB", date="2026-12-11T20:09:00", fmt="apple",
         **{"from": "Jamie Hall <jamiehall93@icloud.com>"},
         inv="TJG-2677", amt="245.00", due="2026-12-02", stage="reminder", ago=2,
         body="""cant open the link on my phone, can u just email the invoice over as an attachment and ill pay it

Sent from my iPhone""",
         intent="copy_request"),

    # 145 plan_request: split over two months
    dict(id="s4en145", country="GB", date="2026-12-14T10:26:00", fmt="html_gmail",
         **{"from": "Eilidh Crawford <eilidh@ford-etal-village-hall.org.uk>"},
         inv="TJG-2639", amt="2,190.00", due="2026-11-14", stage="firm", ago=3,
         body="""Dear Tweedside,

On behalf of the village hall committee, I'm sorry this is late. Our lottery grant payment has been delayed until the new year. Would it be acceptable to split the £2,190 across two payments, half in January and half in February?

With thanks,
Eilidh Crawford
Treasurer, Ford & Etal Village Hall""",
         intent="plan_request"),

    # 146 out_of_office: "up to and including Tuesday 8 December"
    dict(id="s4en146", country="FR", tz="Europe/London", date="2026-12-01T09:00:00", fmt="ooo",
         **{"from": "Geoffrey Pike <geoff.pike@pikeholidaylets.com>"},
         inv="LGF-26-0405", amt="2 640,00", due="2026-11-22", stage="reminder", ago=0,
         subj_prefix="Auto-reply: ",
         body="""I'm on leave up to and including Tuesday 8 December and won't be checking email. I'll deal with your message on my return.

Geoffrey Pike
Pike Holiday Lets""",
         intent="out_of_office", return_date="2026-12-09",
         note="'up to and including Tuesday 8 December' = back Wed 9 Dec"),

    # 147 contact_change: talk to our accountant
    dict(id="s4en147", country="FR", date="2026-12-15T14:02:00", fmt="gmail",
         **{"from": "David Byrne <davidbyrne.locronan@gmail.com>"},
         inv="LGF-26-0412", amt="3 150,00", due="2026-12-05", stage="reminder", ago=3,
         body="""Hello,

Please deal with our accountant in Rennes for anything to do with the company's invoices, they handle all payments for the SCI. Her address is cabinet.morvan@expert-morvan.fr. I have copied her the invoice.

Best regards,
David Byrne""",
         intent="contact_change", new_email="cabinet.morvan@expert-morvan.fr"),

    # 148 paid: US, Chicago time zone, check date
    dict(id="s4en148", country="US", tz="America/Chicago", date="2026-12-03T13:30:00", fmt="outlook",
         **{"from": "Linda Ferraro <lferraro@ferrarohomes.com>"},
         inv="CRL-4418", amt="1,025.00", due="2026-11-09", stage="second_reminder", ago=1,
         body="""Hello,

We paid this on November 30 by check #10482, sent to your Bend address. It may be held up in the mail after the holiday.

Linda Ferraro
Ferraro Homes (Chicago office)""",
         intent="paid", paid_on="2026-11-30"),

    # 149 promise: "mon" said Wed 16 Dec
    dict(id="s4en149", country="GB", date="2026-12-16T22:47:00", fmt="gmail",
         **{"from": "Liam Scott <liamscott.joiner@gmail.com>"},
         inv="TJG-2680", amt="432.00", due="2026-12-08", stage="reminder", ago=2,
         body="""ill sort it mon when i get paid mate""",
         intent="promise", promise_date="2026-12-21", note="'mon' said Wed 16 Dec = Mon 21 Dec"),

    # 150 other: insult without content
    dict(id="s4en150", country="GB", date="2026-12-18T17:33:00", fmt="gmail",
         **{"from": "Barry Wake <bazwake@yahoo.co.uk>"},
         inv="TJG-2666", amt="1,310.00", due="2026-11-25", stage="repeat", ago=3,
         body="""You lot are an absolute joke. Merry Christmas.""",
         intent="other"),
]
