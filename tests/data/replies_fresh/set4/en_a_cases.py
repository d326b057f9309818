"""Handwritten debtor replies, set4 English part A (ids s4en001-s4en050).

Tenants (see build_en_a.py): Kestrel & Lowe Joinery Ltd (GB, invoices KLJ-26-....),
Heronsgate Electrical Services LLC (US, invoices HES-4....), Martin-Pêcheur Menuiserie SARL
(FR, invoices MP-2026-...., English-speaking customers).
"""

CASES = [
    # ---------------------------------------------------------------- batch 1
    dict(id="s4en001", country="GB", date="2026-11-09T10:14", fmt="outlook", ago=3,
         inv="KLJ-26-0412", amt="1,840.00", due="2026-10-23",
         frm="Nadia Okafor <nadia.okafor@pennine-lettings.co.uk>",
         intent="promise", promise_date="2026-11-12",
         note="'this Thursday's payment run', reply Mon 9 Nov -> Thu 12 Nov",
         body="""Hi,

Apologies, this one slipped through when our finance assistant left. Our supplier payment run is on Thursdays and I have added your invoice to this Thursday's run, so you should see it by the end of the week.

Kind regards,
Nadia

Nadia Okafor
Operations Manager | Pennine Lettings Ltd
T: 0113 496 0721
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Pennine Lettings Ltd is registered in England No. 07712094."""),

    dict(id="s4en002", country="US", date="2026-11-10T16:42", fmt="apple",
         inv="HES-40718", amt="2,315.50", due="2026-10-30",
         frm="Rick Dombrowski <rickd.builds@gmail.com>",
         intent="paid", paid_on="2026-11-09",
         note="'sent it yesterday', reply Tue 10 Nov -> Mon 9 Nov",
         body="""sent it yesterday thru ACH from our chase acct, should hit in a day or 2. sorry bout the wait

Sent from my iPhone"""),

    dict(id="s4en003", country="GB", date="2026-11-11T08:53", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="KLJ-26-0398", amt="6,210.00", due="2026-10-16",
         frm="Philippa Marsh <p.marsh@marshandhale.co.uk>",
         intent="dispute",
         body="""Dear Kestrel & Lowe,

I refer to your reminder regarding the above invoice.

We are not in a position to pay this invoice. Three of the six oak internal doors fitted at 22 Ranmoor Crescent have since warped badly enough that they no longer close, and the bespoke staircase handrail was installed with a visible gap at the newel post. I reported both issues to your site supervisor, Dean, by telephone on 2 November and again by email on 5 November and have had no response.

We will settle the invoice in full once the remedial work has been carried out to a satisfactory standard. Until then please treat the invoice as disputed and suspend any further reminders or charges.

Yours faithfully,

Philippa Marsh
Director
Marsh & Hale Interiors Ltd
Registered office: 4 Division Street, Sheffield S1 4GF. Registered in England and Wales No. 10234877.
The information in this email is confidential and may be legally privileged. It is intended solely for the addressee."""),

    dict(id="s4en004", country="US", date="2026-11-12T06:30", fmt="ooo",
         inv="HES-40733", amt="780.00", due="2026-11-02",
         frm="Janelle Whitcomb <jwhitcomb@cascobaydental.com>",
         intent="out_of_office", return_date="2026-11-23",
         body="""Thank you for your email. I am out of the office from Monday, November 9 through Friday, November 20 with limited access to email. I will return on Monday, November 23.

For urgent scheduling matters please call the front desk at (207) 555-0162.

Janelle Whitcomb
Practice Administrator, Casco Bay Family Dental"""),

    dict(id="s4en005", country="FR", date="2026-11-12T19:20", fmt="gmail",
         inv="MP-2026-0387", amt="1 460,00", due="2026-10-31",
         frm="Fiona Gallagher <fiona.gallagher.home@gmail.com>",
         intent="copy_request",
         body="""Hello,

Sorry, my French isn't great so I'll reply in English. I'm happy to pay for the shutters, but when I click the link it asks me for a login I don't have. Could you just email me the invoice as a PDF attachment? Then I'll do a bank transfer from my Irish account.

Many thanks,
Fiona Gallagher
(La Grange, Saint-Philbert-de-Grand-Lieu)"""),

    dict(id="s4en006", country="GB", date="2026-11-13T13:05", fmt="gmail",
         inv="KLJ-26-0421", amt="935.40", due="2026-10-30",
         frm="Tom Fairweather <tom@fairweathercafe.co.uk>",
         intent="promise", promise_date="2026-11-20",
         note="'by the 20th', reply Fri 13 Nov -> Fri 20 Nov",
         body="""Hiya, sorry, been a mad few weeks with the refit. I'll get this sorted by the 20th at the latest, cheers

Tom"""),

    dict(id="s4en007", country="US", date="2026-11-16T11:12", fmt="outlook", stage="firm", ago=4,
         inv="HES-40655", amt="4,870.00", due="2026-10-05",
         frm="Marco Bellini <marco@bellinisupperdeck.com>",
         intent="plan_request",
         body="""Hi,

I know this is late and I'm not trying to dodge it. Since Labor Day the restaurant has been dead and cash is tight until the holiday parties start. Would you be able to let me pay the $4,870 in three chunks, say one now-ish, one mid December and one mid January? If that works let me know and I'll send the first one right away.

Thanks for understanding,
Marco Bellini
Bellini's Upper Deck
(207) 555-0193"""),

    dict(id="s4en008", country="GB", date="2026-11-19T15:27", fmt="outlook", stage="second_reminder",
         inv="KLJ-26-0455", amt="2,480.00", due="2026-10-31",
         frm="Accounts Payable <ap@greystonehomes.co.uk>",
         intent="paid", paid_on="2026-11-17",
         note="'on Tuesday', reply Thu 19 Nov -> Tue 17 Nov",
         body="""Good afternoon,

This was paid on Tuesday by BACS, our reference GSH-PAY-88213. Please allow up to 2 working days for it to reach your account. Please could you check your ledger and confirm it has been allocated.

Regards

Accounts Payable
Greystone Homes (Yorkshire) Ltd"""),

    dict(id="s4en009", country="GB", date="2026-11-16T09:03", fmt="bounce",
         inv="KLJ-26-0437", amt="312.00", due="2026-10-30",
         rcpt="office@hallamshire-glazing.co.uk", status="5.1.1",
         diag="550 5.1.1 <office@hallamshire-glazing.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx1.hallamshire-glazing.co.uk",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    office@hallamshire-glazing.co.uk

Technical details of permanent failure:
The recipient's mail server rejected the message: 550 5.1.1 User unknown in virtual mailbox table."""),

    dict(id="s4en010", country="US", date="2026-11-17T22:41", fmt="gmail", stage="repeat",
         inv="HES-40590", amt="1,150.00", due="2026-09-25",
         frm="Dwayne Pelletier <dpelletier77@yahoo.com>",
         intent="unsubscribe",
         body="""Take me OFF your list. This is the fourth email this month and I am done reading them. Do not email this address again."""),

    dict(id="s4en011", country="GB", date="2026-11-18T09:40", fmt="tb",
         inv="KLJ-26-0448", amt="1,096.80", due="2026-11-06",
         frm="Graham Royle <graham@brindleyfarmshop.co.uk>",
         intent="contact_change", new_email="accounts@brindleyfarmshop.co.uk",
         body="""Morning,

I'm no longer dealing with the accounts here - my daughter has taken over the books. Could you send this and anything else in future to accounts@brindleyfarmshop.co.uk and she will sort it.

Thanks
Graham"""),

    dict(id="s4en012", country="FR", date="2026-11-18T15:02", fmt="html_gmail",
         inv="MP-2026-0402", amt="3 980,00", due="2026-11-10",
         frm="Oliver Brandt <oliver.brandt@brandt-consulting.de>",
         intent="promise",
         note="'at the start of December' - no exact date, promise without date",
         body="""Dear Sir or Madam,

Thank you for your message. The kitchen works at our apartment in Pornic are all fine. We will transfer the amount at the start of December, when my bonus has been paid.

Best regards
Oliver Brandt"""),

    dict(id="s4en013", country="US", date="2026-11-19T14:02", fmt="gmail",
         inv="HES-40761", amt="640.00", due="2026-11-13", stage="heads_up", ago=6,
         frm="Kathy Tran <kathy.tran.realty@gmail.com>",
         intent="other",
         body="""Who is this? I don't recognize Heronsgate Electrical and I'm not clicking on any payment link. If this is legit please tell me what property this is about and who at my office hired you, otherwise I'm reporting it as spam."""),

    dict(id="s4en014", country="GB", date="2026-11-20T10:31", fmt="outlook",
         inv="KLJ-26-0461", amt="4,125.00", due="2026-11-13",
         frm="Sunita Chauhan <sunita.chauhan@wharfsidedental.co.uk>",
         intent="bank_details",
         body="""Hello,

Before I release this payment, can you please confirm your bank details by phone or in writing? Last week we received an email that appeared to be from your company saying your sort code and account number had changed, and after a near-miss with another supplier earlier this year we want to make sure this is genuine.

Many thanks,
Sunita Chauhan
Practice Manager
Wharfside Dental Care
0114 496 0814"""),

    dict(id="s4en015", country="US", date="2026-11-23T09:48", fmt="html_outlook",
         inv="HES-40779", amt="1,962.25", due="2026-11-16",
         frm="Bill Ostrowski <bostrowski@harborviewmarina.com>",
         intent="promise", promise_date="2026-11-27",
         note="'mailed Friday', reply Mon 23 Nov -> Fri 27 Nov (check sent); also asks about late fee",
         body="""Good morning,

Our controller signs checks Friday so yours will go in the mail then. One question: is there a late fee included in the $1,962.25? I only see the labor and materials lines on my copy and want to make sure I'm paying the right number.

Bill Ostrowski
Facilities Manager
Harborview Marina
Office: (207) 555-0127 | Cell: (207) 555-0188"""),

    dict(id="s4en016", country="GB", date="2026-11-20T17:45", fmt="ooo",
         inv="KLJ-26-0466", amt="568.00", due="2026-11-13",
         frm="Helen Cartwright <helen@cartwrightarchitects.co.uk>",
         intent="out_of_office", return_date="2026-11-26",
         note="'until Wednesday 25 November inclusive' -> back Thu 26 Nov",
         body="""Thank you for your email. I am out of the office until Wednesday 25 November inclusive and will have no access to emails.

If your message is urgent please contact my colleague James Pryor on james@cartwrightarchitects.co.uk or call the studio on 0114 496 0350.

Helen Cartwright RIBA
Cartwright Architects"""),

    dict(id="s4en017", country="US", date="2026-11-23T09:15", fmt="gmail",
         inv="HES-40702", amt="2,600.00", due="2026-10-26", stage="second_reminder",
         frm="Lisa Moreau <lisa@moreaupropertymgmt.com>",
         intent="paid", paid_on="2026-11-18",
         note="partial payment: $1,000 of $2,600 paid 11/18, balance when their client pays (no date)",
         body="""Hi there,

We sent $1,000 toward this on 11/18 (check #4471). The remaining $1,600 will follow as soon as the owner of the Deering St building pays us, he's been slow. Sorry for the hassle.

Lisa Moreau
Moreau Property Management"""),

    dict(id="s4en018", country="GB", date="2026-11-24T11:20", fmt="gmail",
         inv="KLJ-26-0470", amt="1,512.00", due="2026-11-20",
         frm="Craig Bentley <craigbentley.plumbing@outlook.com>",
         intent="dispute",
         body="""Hi,

Had a look at this and the labour is wrong. You've charged 14 hours but your lad was only on site Tuesday and Wednesday and left before 2 both days, so 9 hours tops. Happy to pay for 9 plus the materials. Can you send me a corrected one?

Craig"""),

    dict(id="s4en019", country="FR", date="2026-11-24T21:10", fmt="apple",
         inv="MP-2026-0395", amt="720,00", due="2026-11-05",
         frm="Margaret Dunlop <mags.dunlop@btinternet.com>",
         intent="paid", paid_on="2026-11-20",
         body="""Hello,

I paid this by card through your link on 20 November and I have the confirmation email from the bank. Perhaps the two crossed? Please let me know if there is any problem.

With kind regards,
Margaret Dunlop"""),

    dict(id="s4en020", country="US", date="2026-11-25T10:05", fmt="outlook",
         inv="HES-40802", amt="3,410.00", due="2026-11-20",
         frm="Accounts Payable <ap@northcoastfoods.com>",
         intent="copy_request",
         body="""Hello,

We are unable to process invoice HES-40802 as it does not reference a purchase order. Please resend an itemized copy of the invoice showing PO 7781-NCF so it can be matched in our system.

Thank you,
North Coast Foods - Accounts Payable
Please send all invoices to ap@northcoastfoods.com. Invoices without a valid PO number will be returned unpaid."""),

    dict(id="s4en021", country="GB", date="2026-11-25T14:38", fmt="outlook",
         inv="KLJ-26-0429", amt="2,090.00", due="2026-10-30", stage="second_reminder",
         frm="Becky Lund <becky.lund@aldersonprint.co.uk>",
         intent="promise", promise_date="2026-12-04",
         note="'Friday week', reply Wed 25 Nov -> Fri 4 Dec",
         body="""Hi,

Gareth has asked me to reply on his behalf as he's tied up with a client this week. He's approved the invoice and it will be paid Friday week when our December payments go out.

Thanks,
Becky

Becky Lund
PA to Gareth Alderson, Managing Director
Alderson Print & Display Ltd"""),

    dict(id="s4en022", country="US", date="2026-11-25T13:30", fmt="gmail",
         inv="HES-40745", amt="455.00", due="2026-11-06",
         frm="Sam Whitaker <sam@whitakerautobody.com>",
         intent="other",
         body="""Hey guys, happy Thanksgiving! Quick question unrelated to the bill, do you do EV charger installs for commercial? Thinking about putting two in out front of the shop in the spring. Give me a call when you get a sec.

Sam"""),

    dict(id="s4en023", country="GB", date="2026-11-26T08:12", fmt="gmail",
         inv="KLJ-26-0473", amt="264.00", due="2026-11-20",
         frm="Info <info@thegreendragonhathersage.co.uk>",
         intent="unsubscribe",
         body="""Hello, please take this address off your reminder emails. It goes to the bar staff and they don't need to see our bills. Thank you."""),

    dict(id="s4en024", country="US", date="2026-11-30T07:58", fmt="apple",
         inv="HES-40788", amt="1,275.00", due="2026-11-18",
         frm="Tony Amaral <tonyamaral.contracting@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'end of next week', reply Mon 30 Nov -> Fri 11 Dec",
         body="""ya i know. waiting on a draw from the bank for the Cape Elizabeth job, should have u paid end of next week

Sent from my iPhone"""),

    dict(id="s4en025", country="GB", date="2026-11-30T16:20", fmt="html_gmail",
         inv="KLJ-26-0468", amt="846.72", due="2026-11-20",
         frm="Ravi Mistry <ravi@mistrydevelopments.co.uk>",
         intent="dispute",
         body="""Hi,

The invoice includes 60m of ogee skirting and 8 architrave sets but we never received them. The delivery note your driver left is for the door linings only and it isn't signed. We had to buy skirting locally to keep the job moving.

Please take those lines off and reissue, and I'll pay the rest straight away.

Ravi"""),

    # ---------------------------------------------------------------- batch 2
    dict(id="s4en026", country="GB", date="2026-12-01T09:22", fmt="outlook",
         inv="KLJ-26-0476", amt="1,188.00", due="2026-11-25",
         frm="Owen Prescott <owen.prescott@ridgewaystorage.co.uk>",
         intent="promise", promise_date="2026-12-02",
         note="'goes out tomorrow', reply Tue 1 Dec -> Wed 2 Dec",
         body="""Hi,

Approved this morning - the transfer is scheduled and leaves our account tomorrow.

Regards,
Owen Prescott
Finance Controller, Ridgeway Self Storage Ltd
M: 07700 900418
Sent from Outlook for iOS"""),

    dict(id="s4en027", country="US", date="2026-12-01T15:10", fmt="gmail",
         inv="HES-40794", amt="890.00", due="2026-11-20",
         frm="Paula Gendron <paula@gendronflorist.com>",
         intent="paid",
         note="'we've taken care of it on our end' - paid, no date given",
         body="""Hi! We've taken care of it on our end, you should be all set. Let me know if it doesn't show up.

Paula
Gendron's Florist"""),

    dict(id="s4en028", country="GB", date="2026-12-02T07:05", fmt="ooo", subj_prefix="Out of Office: ",
         inv="KLJ-26-0480", amt="3,360.00", due="2026-11-27",
         frm="Martin Holroyd <mholroyd@holroydsurveyors.co.uk>",
         intent="out_of_office", return_date="2026-12-07",
         note="'away until Monday 7 December' read as back on Mon 7 Dec (ambiguous)",
         body="""I'm away on site visits until Monday 7 December with very patchy signal. I'll pick up emails when I'm back.

For anything to do with invoices please ring the office on 0114 496 0277.

Martin"""),

    dict(id="s4en029", country="FR", date="2026-12-02T18:47", fmt="html_gmail", stage="second_reminder",
         inv="MP-2026-0411", amt="3 420,00", due="2026-11-15",
         frm="Daniel Whitfield <dan.whitfield@protonmail.com>",
         intent="dispute",
         body="""Hello,

I'm afraid I can't pay this invoice as it stands. The devis (quote) I signed in September for the oak staircase was 2 950 euros including VAT, and the invoice is 3 420 euros. Nobody told me about any extra work. I'll happily pay the quoted amount - please send me a corrected invoice or explain the difference.

Regards,
Dan Whitfield"""),

    dict(id="s4en030", country="US", date="2026-12-03T12:40", fmt="apple", stage="firm",
         inv="HES-40671", amt="2,140.00", due="2026-10-09",
         frm="Gloria Nunez <gnunez54@aol.com>",
         intent="plan_request",
         body="""Hello, I got your letter. I lost hours at work this fall and can't pay this all at once. Could I pay $300 a month until it's paid? I can start on the 15th. Please let me know if that's OK.

Gloria Nunez

Sent from my iPad"""),

    dict(id="s4en031", country="GB", date="2026-12-03T10:02", fmt="outlook", stage="second_reminder",
         inv=[("KLJ-26-0440", "615.00", "2026-11-06"), ("KLJ-26-0444", "1,230.00", "2026-11-13")],
         frm="Janet Oyelaran <janet.o@canalsideschool.org.uk>",
         intent="paid", paid_on="2026-11-27",
         note="two invoices, both paid 27/11",
         body="""Dear Kestrel & Lowe,

Both of these (0440 and 0444) were paid together in one BACS payment of £1,845.00 on 27/11/2026, reference CANALSIDE SCH. Please check your account.

Kind regards,
Janet Oyelaran
School Business Manager
Canalside Primary School"""),

    dict(id="s4en032", country="US", date="2026-12-04T08:55", fmt="gmail",
         inv="HES-40811", amt="5,780.00", due="2026-11-27",
         frm="Ken Thibodeau <ken@thibodeaubrewing.com>",
         intent="contact_change", new_email="denise@farrowcpa.com",
         body="""Talk to our accountant, she handles all the bills now. Denise Farrow, denise@farrowcpa.com, (207) 555-0175. I've cc'd her.

Ken""", cc="Denise Farrow <denise@farrowcpa.com>"),

    dict(id="s4en033", country="GB", date="2026-12-04T16:30", fmt="gmail",
         inv="KLJ-26-0484", amt="720.00", due="2026-11-27",
         frm="Lauren Pickles <laurenpickles@hotmail.co.uk>",
         intent="promise", promise_date="2026-12-15",
         note="'by the 15th', reply Fri 4 Dec -> Tue 15 Dec",
         body="""Hi, really sorry - I get paid mid month so I'll have it with you by the 15th. Thanks for your patience, the wardrobes are lovely x

Lauren"""),

    dict(id="s4en034", country="US", date="2026-12-07T10:11", fmt="bounce",
         inv="HES-40826", amt="415.00", due="2026-11-30",
         rcpt="frontoffice@pinewoodkennels.net", status="5.2.2", mta="mail-sor-f41.google.com",
         frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
         diag="552-5.2.2 The email account that you tried to reach is over quota and inactive.",
         remote="gmail-smtp-in.l.google.com", subj="Delivery Status Notification (Failure)",
         intent="bounce",
         body="""** Address not found **

Your message wasn't delivered to frontoffice@pinewoodkennels.net because the recipient's inbox is full and inactive.

The response from the remote server was:
552-5.2.2 The email account that you tried to reach is over quota and inactive."""),

    dict(id="s4en035", country="GB", date="2026-12-07T21:33", fmt="gmail", stage="firm",
         inv="KLJ-26-0451", amt="1,045.00", due="2026-11-02",
         frm="Steve Oldroyd <steve.oldroyd1970@gmail.com>",
         intent="other",
         body="""unbelievable. you lot are an absolute joke"""),

    dict(id="s4en036", country="US", date="2026-12-08T13:14", fmt="gmail",
         inv="HES-40819", amt="1,320.00", due="2026-11-30",
         frm="jess carrier <jesscarrier.me@gmail.com>",
         intent="copy_request",
         body="""hi can u resend the actual bill? i deleted the first email by accident and the link just says expired

thx
jess"""),

    dict(id="s4en037", country="GB", date="2026-12-08T11:48", fmt="html_outlook",
         inv="KLJ-26-0488", amt="2,904.00", due="2026-12-04",
         frm="Imran Siddiqui <imran.siddiqui@peakviewcare.co.uk>",
         intent="bank_details",
         body="""Hi,

I tried to pay this yesterday but our bank's Confirmation of Payee check came back as "no match" for the account name on your invoice. Has the account name changed, or is it held under a different company name? Please confirm the correct payee name, sort code and account number and I will pay it straight away.

Kind regards,
Imran Siddiqui
Finance Officer, Peakview Care Homes Ltd
Peakview Care Homes Ltd is registered in England and Wales, company no. 08833410. This message may contain confidential information."""),

    dict(id="s4en038", country="FR", date="2026-12-10T09:35", fmt="apple",
         inv="MP-2026-0419", amt="1 150,00", due="2026-11-30",
         frm="Helen Armitage <helen.armitage@icloud.com>",
         intent="promise", promise_date="2026-12-14",
         note="'on Monday', reply Thu 10 Dec -> Mon 14 Dec",
         body="""Bonjour,

Apologies, we have been back in England since the works finished. I'll do the transfer on Monday when I'm back at my desk.

Best wishes,
Helen Armitage

Sent from my iPhone"""),

    dict(id="s4en039", country="US", date="2026-12-18T17:02", fmt="ooo",
         inv="HES-40840", amt="2,030.00", due="2026-12-11",
         frm="Accounts Receivable <ar@seacoastortho.com>",
         intent="out_of_office", return_date="2027-01-05",
         note="office closed for the holidays, 'reopen Tuesday, January 5'",
         body="""Thank you for contacting Seacoast Orthopedic Associates. Our billing office is closed for the holidays and will reopen Tuesday, January 5. Messages received during this time will be answered in the order received.

Happy holidays!"""),

    dict(id="s4en040", country="GB", date="2026-12-09T14:26", fmt="tb",
         inv="KLJ-26-0459", amt="480.00", due="2026-11-13", stage="second_reminder",
         frm="Alan Greaves <alan@greavesandco-accountants.co.uk>",
         intent="dispute",
         body="""Good afternoon,

Our client, Hillfoot Bakery, has asked me to reply to this. The amount on KLJ-26-0459 relates to the replacement counter flap, which your Mr Lowe agreed on site would be done free of charge as the original one failed within the warranty period. We therefore don't accept this charge. Could you please cancel the invoice or issue a credit note?

Regards,
Alan Greaves FCCA
Greaves & Co Chartered Accountants"""),

    dict(id="s4en041", country="US", date="2026-12-10T10:44", fmt="outlook",
         inv="HES-40807", amt="1,685.00", due="2026-11-25",
         frm="Rob Castonguay <rcastonguay@castonguayhvac.com>",
         intent="paid", paid_on="2026-12-08",
         note="'paid since Tuesday', reply Thu 10 Dec -> Tue 8 Dec",
         body="""That's been paid since Tuesday. Check your deposits before you send another one of these please.

Rob Castonguay
Castonguay HVAC"""),

    dict(id="s4en042", country="GB", date="2026-12-11T19:50", fmt="apple", stage="repeat",
         inv="KLJ-26-0433", amt="365.00", due="2026-10-30",
         frm="Derek Hirst <derekhirst@sky.com>",
         intent="unsubscribe",
         body="""Please stop sending me these automated emails, I don't want them. Unsubscribe me.

Derek"""),

    dict(id="s4en043", country="GB", date="2026-12-14T08:40", fmt="gmail",
         inv=[("KLJ-26-0479", "980.00", "2026-11-27"), ("KLJ-26-0482", "1,410.00", "2026-12-04")],
         frm="Chloe Barraclough <chloe@barracloughbridal.co.uk>",
         intent="promise", promise_date="2026-12-14",
         note="0479 today (Mon 14 Dec); 0482 'next Friday' -> read as Fri 18 Dec",
         body="""Morning!

I'll pay 0479 today. Can 0482 wait until next Friday? December is our busiest month for deposits coming in so it'll be fine then.

Chloe

Chloe Barraclough
Barraclough Bridal | 07700 900652"""),

    dict(id="s4en044", country="US", date="2026-12-14T15:05", fmt="html_outlook", stage="second_reminder",
         inv="HES-40790", amt="3,875.00", due="2026-11-23",
         frm="Diane Mercier <dmercier@mercierlaw.com>",
         intent="dispute",
         body="""Hello,

I will not be paying this invoice until the problem is fixed. The new panel your crew installed at our office on Exchange St has tripped the main breaker four times since, most recently on Friday when we lost a morning of work. I left two voicemails for your office last week and nobody called back.

Please send someone out to correct the work. Once it is resolved I will pay.

Diane Mercier
Mercier Law Office, PLLC
CONFIDENTIALITY NOTICE: This email may contain privileged or confidential information and is intended only for the named recipient."""),

    dict(id="s4en045", country="GB", date="2026-12-18T16:15", fmt="ooo",
         inv="KLJ-26-0491", amt="1,776.00", due="2026-12-11",
         frm="Accounts <accounts@dovestonekitchens.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         body="""Thank you for your email.

Our office is now closed for Christmas and will reopen on Monday 4 January 2027. Any emails received in the meantime will be dealt with on our return.

Merry Christmas from all at Dovestone Kitchens."""),

    dict(id="s4en046", country="US", date="2026-12-15T18:20", fmt="gmail",
         inv="HES-40833", amt="560.00", due="2026-12-07",
         frm="Mike Lavoie <mikelavoie.pizza@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="'tonight after we close', reply Tue 15 Dec -> same day",
         body="""My bad, totally forgot. I'll pay it on the website tonight after we close.

Mike - Lavoie's Pizza"""),

    dict(id="s4en047", country="FR", date="2026-12-15T11:30", fmt="outlook",
         inv="MP-2026-0426", amt="2 260,00", due="2026-12-05",
         frm="Richard Cole <richard.cole@colefamilyoffice.co.uk>",
         intent="copy_request",
         body="""Dear Sirs,

Could you please send me a copy of this invoice with your full company details and VAT (TVA) number shown? My accountant in London needs it for the property records before I can authorise payment. An English version would be helpful if you have one, but not essential.

Yours faithfully,
Richard Cole"""),

    dict(id="s4en048", country="US", date="2026-12-16T09:25", fmt="gmail", stage="second_reminder",
         inv="HES-40815", amt="3,200.00", due="2026-11-27",
         frm="Heather Lindqvist <heather@lindqvistyoga.com>",
         intent="plan_request",
         body="""Hi,

Would it be possible to pay half now and half in January? The holidays are always tight for the studio. I'd rather be upfront than just pay late.

Thanks so much,
Heather"""),

    dict(id="s4en049", country="GB", date="2026-12-16T12:05", fmt="outlook",
         inv="KLJ-26-0486", amt="2,640.00", due="2026-12-04",
         frm="Priya Nair <priya@nairbookkeeping.co.uk>",
         intent="paid", paid_on="2026-12-14",
         body="""Hello,

I look after the books for Ashby Cycles and Peter forwarded your reminder to me. Payment of £2,640.00 was made by Faster Payment on 14/12/2026. Remittance below:

Payee: Kestrel & Lowe Joinery Ltd
Amount: £2,640.00
Reference: KLJ-26-0486

Kind regards,
Priya Nair
Nair Bookkeeping Services"""),

    dict(id="s4en050", country="US", date="2026-12-17T14:48", fmt="apple",
         inv="HES-40829", amt="975.00", due="2026-12-09", stage="heads_up", ago=10,
         frm="Carol Beaulieu <carolbeaulieu@gmail.com>",
         intent="other",
         body="""Hi, is Jake still working with you? He did the wiring in our kitchen and did a great job. We'd like him for the basement in the new year if he's available.

Carol

Sent from my iPhone"""),
]
