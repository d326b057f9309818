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
]
