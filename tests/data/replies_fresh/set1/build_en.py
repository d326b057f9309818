"""English debtor replies (UK and US), written by hand one by one. Run: python3 build_en.py

Calendar used when labelling (Nov 2026): Mondays 2, 9, 16, 23, 30; Fridays 6, 13, 20, 27.
Dec 2026: Mondays 7, 14, 21, 28; Fridays 4, 11, 18, 25.
"""
from pathlib import Path

from mailwrap import Case as C
from mailwrap import build

GB, US = "GB", "US"

cases = [
    # ---------------------------------------------------------------- promise (26)
    C("en001", "promise", GB, "Dave Pritchard <dave@pritchard-builders.co.uk>", "2026-11-09 14:22", "gmail", "reminder",
      "INV-1043:1,240.00", """
Hi,

Sorry about this, it slipped through the cracks while I was on site. I'll get it paid by the 20th.

Cheers
Dave
""", labels={"promise_date": "2026-11-20"}),

    C("en002", "promise", US, "Karen Mulvaney <kmulvaney@brightwaterhomes.com>", "2026-11-10 09:15", "html_outlook", "second_reminder",
      "INV-1051:3,480.00", """
Good morning,

This invoice was approved by our project manager yesterday. We will have payment out to you on 11/12.

Thank you,

Karen Mulvaney
Accounts Payable Coordinator
Brightwater Homes LLC
1180 Route 9, Suite 204
Clifton Park, NY 12065
(518) 555-0143
""", labels={"promise_date": "2026-11-12", "note": "US sender: 11/12 is month-first, 12 November"}),

    C("en003", "promise", GB, "Helen Okafor <helen@okafor-interiors.co.uk>", "2026-11-05 16:40", "outlook", "reminder",
      "INV-1039:675.00", """
Hello,

Thanks for the reminder. Payment will be made on 12/11 when our weekly run goes through.

Kind regards
Helen Okafor
Okafor Interiors
""", labels={"promise_date": "2026-11-12", "note": "UK sender: 12/11 is day-first, 12 November"}),

    C("en004", "promise", GB, "Gaz Holt <garyholt77@gmail.com>", "2026-11-17 07:58", "iphone", "second_reminder",
      "INV-1055:420.00", """
will pay fri
""", labels={"promise_date": "2026-11-20", "note": "'fri' from Tue 17 Nov = Fri 20 Nov"}),

    C("en005", "promise", US, "Tom Becker <tom@beckerremodeling.com>", "2026-11-16 13:05", "gmail", "reminder",
      "INV-1058:1,925.00", """
Hi there,

Got it. I'll make sure you have it before Friday. Things have been crazy with the holiday jobs.

Tom
""", labels={"promise_date": "2026-11-19",
             "note": "'before Friday' from Mon 16 Nov read strictly = by Thu 19 Nov; a looser reading gives Fri 20 Nov"}),

    C("en006", "promise", GB, "Priya Shah <p.shah@shahdental.co.uk>", "2026-11-12 11:30", "outlook", "reminder",
      "INV-1049:2,310.00", """
Dear Hardy Joinery,

Apologies for the delay on this one. Our practice manager has been off sick and invoices have backed up. I will make sure this is paid early next week.

Best wishes,
Priya Shah
Shah Dental Practice
14 Market Street, Harrogate HG1 1BT
01423 555 672
""", labels={"note": "'early next week' with no day: no promise_date (roughly Mon 16 - Wed 18 Nov)"}),

    C("en007", "promise", US, "Luis Ferreira <luis.ferreira@ferreiraprop.com>", "2026-11-18 15:47", "gmail", "second_reminder",
      "INV-1061:860.00", """
Hello,

We'll settle this within 7 days. Sorry for the wait.

Luis
""", labels={"promise_date": "2026-11-25", "note": "'within 7 days' of Wed 18 Nov = by Wed 25 Nov"}),

    C("en008", "promise", GB, "Martin Greaves <martin@greavesandco.co.uk>", "2026-11-23 10:12", "outlook", "firm",
      "INV-1031:4,150.00", """
Good morning,

I acknowledge receipt of your letter. We are a little stretched this month because two of our own customers are paying late, so I am afraid I cannot clear this straight away. I will pay the full amount on the 5th of next month when our retainer from the council comes in.

I would be grateful if you could hold off adding any charges in the meantime.

Regards

Martin Greaves
Director
Greaves & Co Property Maintenance Ltd
""", labels={"promise_date": "2026-12-05", "note": "'the 5th of next month' from 23 Nov = 5 Dec (a Saturday)"}),

    C("en009", "promise", GB, "Sophie Lund <sophie.lund@lundarchitects.co.uk>", "2026-11-18 09:03", "html_outlook", "reminder",
      "INV-1060:1,560.00", """
Hi,

Thanks for chasing. The partner who signs off payments is back on Monday the 23rd and I'll get it paid that day.

Sophie Lund
Office Manager | Lund Architects
3 Bridge Yard, York YO1 6DD
T 01904 555 318
""", labels={"promise_date": "2026-11-23"}),

    C("en010", "promise", US, "Greg Dawson <greg@dawsonbuilt.com>", "2026-11-20 14:31", "gmail", "firm",
      "INV-1047:2,740.00", """
Hi,

Can you confirm the total including any late fee? I don't want to send the wrong number again. Either way we plan to pay it by 11/30.

Thanks
Greg Dawson
Dawson Built Inc.
""", labels={"promise_date": "2026-11-30", "note": "promise mixed with a question about the total"}),

    C("en011", "promise", GB, "Nigel Frost <nigel@frostlettings.co.uk>", "2026-11-11 18:20", "gmail", "second_reminder",
      "INV-1052:980.00", """
Hello

I know this is late. The landlord on that job still hasn't paid me, and as soon as his money clears I'll pass it straight on to you. You have my word you'll be paid.

Nigel
""", labels={"note": "promise without a date (conditional on his own customer paying)"}),

    C("en012", "promise", US, "Angela Ruiz <aruiz@ruizdesignstudio.com>", "2026-11-13 10:44", "html_outlook", "reminder",
      "INV-1054:1,150.00", """
Hi,

We'll have this paid by the end of the month.

Best,
Angela
""", labels={"promise_date": "2026-11-30", "note": "'end of the month' = 30 Nov"}),

    C("en013", "promise", GB, "Rob Kettle <rob@kettlebuild.co.uk>", "2026-12-08 08:15", "gmail", "formal_notice",
      "INV-1022:3,600.00", """
There's no need for the threatening letters. I've been a customer of yours for six years. You'll have your money on Friday.

Rob
""", labels={"promise_date": "2026-12-11", "note": "'Friday' from Tue 8 Dec = 11 Dec; rude tone"}),

    C("en014", "promise", US, "Jen Park <jenpark.design@gmail.com>", "2026-12-04 01:40Z", "iphone", "reminder",
      "INV-1076:540.00", """
So sorry!! totally forgot. Will pay tomorrow first thing
""", labels={"promise_date": "2026-12-04",
             "note": "Date header is in UTC (Fri 4 Dec 01:40 +0000) = Thu 3 Dec 20:40 in New York, so 'tomorrow' = Fri 4 Dec"}),

    C("en015", "promise", GB, "Claire Whitfield <claire@whitfieldcafe.co.uk>", "2026-12-09 12:02", "outlook", "second_reminder",
      "INV-1068:385.00", """
Hi there,

Really sorry, I thought I'd done this one. It will be with you by the 15th.

Claire
Whitfield's Café
""", labels={"promise_date": "2026-12-15"}),

    C("en016", "promise", GB, "Ian McBride <ian.mcbride@mcbridehomes.co.uk>", "2026-11-18 17:26", "gmail", "reminder",
      "INV-1059:2,095.00", """
Hello,

We pay suppliers once a month on the 15th, so this will go out by the 15th. Apologies that it missed this month's run.

Ian McBride
""", labels={"promise_date": "2026-12-15", "note": "'by the 15th' written on 18 Nov = next 15th, 15 Dec"}),

    C("en017", "promise", US, "Donna Kessler <dkessler@kesslerfamilydental.com>", "2026-11-30 11:09", "html_outlook", "second_reminder",
      "INV-1063:1,480.00", """
Hello,

Our next check run is Thursday and your invoice is on it.

Donna Kessler
Office Manager
Kessler Family Dental
455 Main Street, Danbury, CT 06810
(203) 555-0198
""", labels={"promise_date": "2026-12-03", "note": "'Thursday' from Mon 30 Nov = 3 Dec"}),

    C("en018", "promise", GB, "Andrew Bell <andy@bellandsonsbuilders.co.uk>", "2026-11-27 15:55", "outlook", "firm",
      "INV-1035:2,150.00", """
Dear Sir/Madam,

I'm writing about the outstanding invoice. I want to be upfront with you rather than ignore the letters. October and November have been very hard for us. A developer we did the groundworks for went into administration owing us just over thirty thousand pounds and we have been juggling ever since.

That said, your work was good and I don't want to let you down. I will transfer the full £2,150.00 on 4 December, which is when our next stage payment from the housing association lands. If anything changes I will tell you before then, not after.

I'd appreciate it if the late payment charges could be waived given the circumstances, but I understand if not.

Yours faithfully,

Andrew Bell
Bell & Sons Builders
""", labels={"promise_date": "2026-12-04"}),

    C("en019", "promise", US, "Rachel Kim <rkim@summitmedgroup.com>", "2026-11-24 10:20", "outlook", "second_reminder",
      "INV-1070:6,200.00", """
Forwarding to our AP team so they can take care of this.

Rachel

--

Hi Rachel, thanks. We have this one approved now. It's scheduled to go out with Friday's payments.

Mark Tully
Accounts Payable
Summit Medical Group
""", labels={"promise_date": "2026-11-27",
             "note": "assistant forwards, AP answers in the same mail; 'Friday' from Tue 24 Nov = 27 Nov"}),

    C("en020", "promise", GB, "Paul Hendry <paul@hendryplumbing.co.uk>", "2026-11-19 20:14", "gmail", "reminder",
      "INV-1062:310.00", """
Hi, I'll pay it next week, sorry for the delay. Paul
""", labels={"note": "'next week' with no day: no promise_date"}),

    C("en021", "promise", US, "Bill Sorensen <bill@sorensenlandscape.com>", "2026-12-15 16:30", "gmail", "firm",
      "INV-1044:1,875.00", """
Hi,

Slow season for us. We'll get you paid after the holidays.

Bill
""", labels={"note": "'after the holidays': no date"}),

    C("en022", "promise", GB, "Fiona Grant <fiona.grant@grantestates.co.uk>", "2026-11-24 09:41", "html_outlook", "reminder",
      "INV-1066:1,320.00", """
Good morning,

Thank you for your email. This invoice has been approved and payment will be released on 01/12/2026.

Kind regards,

Fiona Grant
Finance Assistant
Grant Estates Ltd
27 Albion Street, Leeds LS1 6HX
Tel: 0113 555 0420
""", labels={"promise_date": "2026-12-01", "note": "UK day-first 01/12/2026 = 1 December"}),

    C("en023", "promise", US, "Steve Alvarez <steve@alvarezconstructionco.com>", "2026-11-24 08:05", "iphone", "second_reminder",
      "INV-1069:2,480.00", """
we'll pay 12/1
""", labels={"promise_date": "2026-12-01", "note": "US month-first 12/1 = 1 December"}),

    C("en024", "promise", GB, "Emma Rowe <emma@roweandpartners.co.uk>", "2026-12-14 11:16", "outlook", "second_reminder",
      "INV-1073:760.00", """
Hi,

Apologies, I'll have this paid by close of business Thursday.

Emma Rowe
Rowe & Partners Chartered Surveyors
""", labels={"promise_date": "2026-12-17", "note": "'Thursday' from Mon 14 Dec = 17 Dec"}),

    C("en025", "promise", GB, "Jonathan Pryce <j.pryce@pryceholdings.co.uk>", "2026-11-16 14:02", "html_outlook", "reminder",
      "INV-1057:3,050.00", """
Dear Hardy Joinery,

Thank you for your patience. The invoice has now been approved and it will be included in our payment run on 27th November.

With kind regards,

Jonathan Pryce
Financial Controller
Pryce Holdings Ltd
Suite 2, 88 Wellington Street, Leeds LS1 4LT
""", labels={"promise_date": "2026-11-27"}),

    C("en026", "promise", US, "Mike Doyle <mikedoyle.handyman@yahoo.com>", "2026-11-10 21:48", "none", "reminder",
      "INV-1050:395.00", """
hey sory for the delay, ill send it thursday latest. had a family thing
""", labels={"promise_date": "2026-11-12", "note": "'thursday latest' from Tue 10 Nov = 12 Nov"}),

    # ---------------------------------------------------------------- paid (20)
    C("en027", "paid", GB, "Sarah Lyons <sarah@lyonsflorist.co.uk>", "2026-11-10 10:05", "gmail", "reminder",
      "INV-1046:290.00", """
Paid this morning, ref HJ1046.

Sarah
""", labels={"paid_on": "2026-11-10"}),

    C("en028", "paid", US, "Dan Whitaker <dwhitaker@whitakerhvac.com>", "2026-11-12 11:37", "html_outlook", "second_reminder",
      "INV-1048:1,640.00", """
Hi,

The transfer went out this morning. Apologies for the delay on our end.

Dan Whitaker
Whitaker HVAC
""", labels={"paid_on": "2026-11-12"}),

    C("en029", "paid", GB, "Gordon Ashby <gordon@ashbyfarms.co.uk>", "2026-11-06 13:20", "gmail", "reminder",
      "INV-1040:1,095.00", """
Hello, it's been settled. Regards, Gordon Ashby
""", labels={"note": "no date given"}),

    C("en030", "paid", US, "Lisa Tran <lisa@tranandcoaccounting.com>", "2026-11-19 09:22", "html_gmail", "second_reminder",
      "INV-1056:720.00", """
Hi,

We sent it yesterday so you should see it on your account by tomorrow.

Thanks!
Lisa
""", labels={"paid_on": "2026-11-18"}),

    C("en031", "paid", GB, "Margaret Cole <margaret.cole@btinternet.com>", "2026-11-13 15:00", "none", "reminder",
      "INV-1053:240.00", """
Dear Sirs

The cheque is in the post. I don't do online banking.

Mrs M. Cole
""", labels={"note": "cheque posted, no date"}),

    C("en032", "paid", US, "Ray Pulaski <ray@pulaskiroofing.com>", "2026-11-12 16:45", "gmail", "reminder",
      "INV-1045:2,030.00", """
Check #4471 was mailed on 11/6. Should be there any day.

Ray
""", labels={"paid_on": "2026-11-06", "note": "US month-first: mailed 6 November"}),

    C("en033", "paid", GB, "Kevin Doherty <kevin@dohertyelectrical.co.uk>", "2026-11-04 08:50", "outlook", "reminder",
      "INV-1037:1,380.00", """
This was paid on 30/10 by BACS. Please check your records before sending these out.

Kevin
""", labels={"paid_on": "2026-10-30", "note": "UK day-first 30/10 = 30 October"}),

    C("en034", "paid", GB, "Accounts Payable <ap@northgatecare.co.uk>", "2026-11-13 14:12", "none", "second_reminder",
      "INV-1067:860.00", """
REMITTANCE ADVICE

Northgate Care Homes Ltd has made the following payment to Hardy Joinery Ltd.

Payment date: 13/11/2026
Payment method: Faster Payment
Reference: INV-1067
Amount: £860.00

Please allow up to 2 working days for funds to reach your account.

This is an automatically generated message. Queries to ap@northgatecare.co.uk
""", subject="Remittance advice - Northgate Care Homes Ltd", labels={"paid_on": "2026-11-13", "note": "remittance advice with a fresh subject"}),

    C("en035", "paid", US, "Chris Nolan <chris.nolan@nolanbrewing.com>", "2026-11-25 12:58", "iphone", "reminder",
      "INV-1071:480.00", """
Just paid through your link. Confirmation number ends 8QX2.
""", labels={"paid_on": "2026-11-25"}),

    C("en036", "paid", GB, "Leanne Burke <leanneb86@hotmail.co.uk>", "2026-11-26 19:33", "iphone", "reminder",
      "INV-1074:150.00", """
done just now via online banking x
""", labels={"paid_on": "2026-11-26"}),

    C("en037", "paid", US, "Patricia Gomez <pgomez@gomezlawoffice.com>", "2026-11-24 10:10", "outlook", "second_reminder",
      "INV-1064:1,260.00", """
Good morning,

ACH payment was initiated 11/23 and should settle in 2-3 business days.

Regards,
Patricia Gomez
Office Administrator
Gomez Law Office, P.C.
210 West 4th Street, Charlotte, NC 28202
""", labels={"paid_on": "2026-11-23", "note": "US month-first: initiated 23 November"}),

    C("en038", "paid", GB, "Simon Reade <simon@readeandsons.co.uk>", "2026-12-07 09:30", "html_gmail", "firm",
      "INV-1042:1,720.00", """
Morning,

Our accounts department confirms payment was made on Friday. Please update your records and stop the letters.

Simon
""", labels={"paid_on": "2026-12-04", "note": "'Friday' from Mon 7 Dec = Fri 4 Dec"}),

    C("en039", "paid", US, "Frank Delgado <frank@delgadoauto.com>", "2026-11-09 15:15", "gmail", "second_reminder",
      "INV-1041:850.00", """
WE PAID THIS. Oct 28. Check your bank before you send me another one of these.
""", labels={"paid_on": "2026-10-28", "note": "angry; also implies stop sending, but main content is 'already paid'"}),

    C("en040", "paid", GB, "Janet Moss <janet@mossgardencentre.co.uk>", "2026-11-17 11:48", "outlook", "reminder",
      "INV-1065:615.00", """
Hello,

I settled this over the phone with Sarah in your office last week, card payment. Can you check with her?

Many thanks
Janet Moss
""", labels={"note": "paid by card over the phone 'last week', no exact date"}),

    C("en041", "paid", GB, "Owen Price <owen@pricecarpentry.co.uk>", "2026-11-30 16:22", "outlook", "reminder",
      "INV-1072:1,980.00 INV-1075:640.00", """
Hi,

Payment of £2,620.00 was sent today covering both invoices.

Owen
""", labels={"paid_on": "2026-11-30"}),

    C("en042", "paid", US, "Nina Hartley <nhartley@hartleyinteriors.com>", "2026-12-02 13:25", "html_gmail", "firm",
      "INV-1038:5,400.00", """
Hello,

Wire sent. Our bank reference is FT26336ZX0917. Please confirm once received.

Nina Hartley
Hartley Interiors
""", labels={"note": "wire sent, no explicit date"}),

    C("en043", "paid", GB, "Deborah Kaye <deborah.kaye@kayeopticians.co.uk>", "2026-11-05 10:40", "html_outlook", "reminder",
      "INV-1036:930.00", """
Dear Sir or Madam,

Please note that this invoice was paid in full on 2nd November. The remittance was sent to your accounts address at the time.

Kind regards,

Deborah Kaye
Practice Manager
Kaye Opticians
""", labels={"paid_on": "2026-11-02"}),

    C("en044", "paid", US, "Beth Langley <bethlangley@gmail.com>", "2026-11-17 20:05", "gmail", "reminder",
      "INV-1101:265.00", """
Hi, I think my husband already paid this? He says he did it on your website on Sunday. Can you check and let me know.

Beth
""", labels={"paid_on": "2026-11-15", "note": "hedged ('I think'); 'Sunday' from Tue 17 Nov = 15 Nov"}),

    C("en045", "paid", GB, "Tariq Hussain <tariq@hussainpharmacy.co.uk>", "2026-11-25 08:35", "gmail", "second_reminder",
      "INV-1102:445.00", """
Morning, the money went across yesterday afternoon. Apologies for the delay.

Tariq
""", labels={"paid_on": "2026-11-24"}),

    C("en046", "paid", US, "Howard Lin <hlin@lindentalcare.com>", "2026-12-01 14:55", "outlook", "reminder",
      "INV-1077:1,100.00", """
This has been taken care of.

Howard
""", labels={"note": "no date"}),

    # ---------------------------------------------------------------- dispute (12)
    C("en047", "dispute", GB, "Rebecca Hale <rebecca@halecottages.co.uk>", "2026-11-09 12:10", "outlook", "reminder",
      "INV-1103:1,860.00", """
Hello,

We never ordered the oak worktops that are on this invoice. We had the doors and frames only. Please check your paperwork and send a corrected invoice.

Rebecca Hale
""", labels={}),

    C("en048", "dispute", US, "Jason Meyer <jmeyer@meyerbuilders.com>", "2026-11-12 10:03", "html_gmail", "second_reminder",
      "INV-1104:3,480.00", """
Hi,

The amount is wrong. Your quote was $2,900 not $3,480. I have the quote in writing. Happy to pay the $2,900 once you fix it.

Jason
""", labels={}),

    C("en049", "dispute", GB, "Alan Firth <alan.firth@outlook.com>", "2026-11-16 18:40", "gmail", "second_reminder",
      "INV-1105:2,240.00", """
I'm not paying this until someone comes out. The sash windows you fitted are already sticking and one of the panes in the bay has a crack right across it. I've rung twice and nobody has called me back.

Alan Firth
""", labels={"note": "quality complaint"}),

    C("en050", "dispute", GB, "Megan Ellis <megan@ellisretail.co.uk>", "2026-11-20 11:20", "html_outlook", "firm",
      "INV-1034:2,780.00", """
Dear Hardy Joinery,

We returned two of the internal doors in October because they were the wrong size, and we have not received a credit note for either of them. The amount you are chasing includes them.

We will pay the balance once a credit note has been issued.

Regards,

Megan Ellis
Store Operations
Ellis Retail Group
""", labels={"note": "partial dispute: pays balance after credit note"}),

    C("en051", "dispute", US, "Terry Boyd <tboyd1962@aol.com>", "2026-11-11 22:05", "none", "reminder",
      "INV-1106:1,150.00", """
This is a scam. I have no account with you and have never heard of your company. Do not contact me again.
""", labels={"note": "denies any account; also asks not to be contacted"}),

    C("en052", "dispute", GB, "Lucy Barton <lucy.barton@bartonhotels.co.uk>", "2026-11-18 14:50", "outlook", "reminder",
      "INV-1107:1,420.00", """
Hi,

This invoice is a duplicate of INV-1033, which we paid in October. Same job, same amount. Please cancel it.

Lucy Barton
Accounts
Barton Hotels
""", labels={"note": "duplicate invoice: contests this invoice (the other one was paid)"}),

    C("en053", "dispute", US, "Carmen Ortiz <carmen.ortiz@gmail.com>", "2026-11-23 19:12", "iphone", "second_reminder",
      "INV-1108:3,900.00", """
the work isn't finished, the cabinets are still missing 3 doors and the crown molding. we'll pay when it's done like we agreed
""", labels={}),

    C("en054", "dispute", GB, "Graham Nutt <graham@nuttaccountancy.co.uk>", "2026-11-25 09:58", "gmail", "reminder",
      "INV-1109:1,800.00", """
Good morning,

You've charged VAT twice on this. Line 3 is described as "VAT @ 20%" and then VAT is added again on the total. Please reissue.

Graham Nutt
""", labels={}),

    C("en055", "dispute", GB, "Victoria Ames <v.ames@amesconsulting.co.uk>", "2026-12-03 16:00", "html_outlook", "formal_notice",
      "INV-1024:6,850.00", """
Dear Sirs,

We refer to your formal notice. We dispute this debt in full. The staircase was not built to the agreed drawings (revision C, approved 14 July) and we have had to engage another contractor to rectify the balustrade. We set this out in our letter of 2 October, which has not been answered.

Please direct all further correspondence to us in writing. Any referral to a collection agency while the debt is disputed will be resisted.

Yours faithfully,

Victoria Ames
Director
Ames Consulting Ltd
12 Park Square East, Leeds LS1 2NE
""", labels={}),

    C("en056", "dispute", US, "Olivia Brandt <obrandt@brandtmfg.com>", "2026-12-01 10:30", "outlook", "reminder",
      "INV-1078:4,320.00", """
Hello,

The unit price on this invoice ($72.00) doesn't match our PO 88213 ($64.00). We cannot process it until it matches the PO. Please send a corrected invoice.

Olivia Brandt
Purchasing, Brandt Manufacturing
""", labels={}),

    C("en057", "dispute", GB, "Lee Carter <leecarter.roofing@gmail.com>", "2026-11-27 13:14", "iphone", "reminder",
      "INV-1110:560.00", """
this isnt ours mate wrong company
""", labels={}),

    C("en058", "dispute", US, "Sandra Wells <swells@wellsrealty.com>", "2026-12-10 11:45", "gmail", "second_reminder",
      "INV-1079:1,245.00", """
Hi,

We were told by your salesman, Pete, that the delivery charge would be waived because the first delivery was a week late. The invoice still has the $145 delivery on it. We'll pay $1,100 when a corrected invoice comes through.

Sandra
""", labels={}),

    # ---------------------------------------------------------------- plan_request (7)
    C("en059", "plan_request", GB, "Colin Marsh <colin@marshmotors.co.uk>", "2026-11-24 10:25", "outlook", "firm",
      "INV-1032:2,700.00", """
Hello,

Could we pay this in three monthly instalments? We can start straight away.

Colin Marsh
Marsh Motors
""", labels={}),

    C("en060", "plan_request", US, "Kelly Rhodes <kelly@rhodesphoto.com>", "2026-11-13 14:40", "gmail", "second_reminder",
      "INV-1111:1,200.00", """
Hi! Would it be ok if I pay half now and the rest on the 15th? Money is a bit tight this month.

Kelly
""", labels={"note": "instalment proposal; second part 'on the 15th' = 15 Nov, not labelled as a promise_date"}),

    C("en061", "plan_request", GB, "Brian Walsh <brian.walsh@walshdecorating.co.uk>", "2026-12-02 21:10", "gmail", "final_notice",
      "INV-1026:3,150.00", """
Hello,

I've been putting off replying because I'm embarrassed, to be honest. Work has been really quiet since the summer and I've had to let my lad go. I do want to clear what I owe you, I just can't do it in one go.

Could I pay £200 a month until it's cleared? I can set up a standing order on the 1st of every month if that helps. If you need me to sign something, that's fine.

Please don't pass it to a collection agency.

Brian Walsh
""", labels={}),

    C("en062", "plan_request", US, "Marcus Reid <marcus@reidfitness.com>", "2026-11-30 12:20", "html_gmail", "firm",
      "INV-1112:5,600.00", """
Hello,

Is there any way we can set up a payment plan? We can't do the whole $5,600 at once but we can do a good chunk every month.

Thanks,
Marcus Reid
Reid Fitness LLC
""", labels={}),

    C("en063", "plan_request", GB, "Joanne Pike <joanne@pikeandco.co.uk>", "2026-12-07 15:35", "outlook", "firm",
      "INV-1113:1,000.00", """
Hi,

Would you accept £500 now and £500 in January? Let me know and I'll send the first half today.

Joanne
""", labels={}),

    C("en064", "plan_request", US, "Tyler Quinn <tquinn88@gmail.com>", "2026-11-19 23:02", "iphone", "second_reminder",
      "INV-1114:900.00", """
can i split this over 2 or 3 payments pls
""", labels={}),

    C("en065", "plan_request", GB, "Ruth Dunne <ruth@dunnebakery.co.uk>", "2026-12-04 09:12", "gmail", "firm",
      "INV-1029:1,840.00", """
Good morning,

Your letter says you are willing to discuss a payment plan. Yes please. What would you need from me? I could manage something like £300 a month.

Ruth Dunne
Dunne's Bakery
""", labels={}),

    # ---------------------------------------------------------------- out_of_office (9)
    C("en066", "out_of_office", GB, "Hannah Fox <hannah.fox@foxlegal.co.uk>", "2026-11-09 09:02", "ooo", "reminder",
      "INV-1115:1,320.00", """
Thank you for your email. I am out of the office until Monday 16th November with limited access to email. If your matter is urgent please call the office on 0113 555 0981.

Hannah Fox
""", labels={"return_date": "2026-11-16"}),

    C("en067", "out_of_office", US, "Derek Shaw <dshaw@shawlogistics.com>", "2026-11-16 10:01", "ooo", "reminder",
      "INV-1116:2,650.00", """
I'm out of the office through Friday 11/20 and will return Monday 11/23. For anything urgent, please contact accounting@shawlogistics.com.

Thanks,
Derek
""", labels={"return_date": "2026-11-23", "note": "US month-first; back Mon 23 Nov"}),

    C("en068", "out_of_office", GB, "Amy Pearson <amy@pearsondesign.co.uk>", "2026-11-23 09:05", "ooo", "second_reminder",
      "INV-1117:780.00", """
Hi, I'm on annual leave returning 01/12/2026. I'll reply when I'm back.

Amy
""", labels={"return_date": "2026-12-01", "note": "UK day-first 01/12/2026"}),

    C("en069", "out_of_office", US, "Gina Russo <grusso@russocatering.com>", "2026-12-18 09:30", "ooo", "firm",
      "INV-1118:1,990.00", """
Thank you for your message. I will be out of the office starting 12/18, returning 1/4. I will respond to your email as soon as possible upon my return.

Happy Holidays!
Gina Russo
""", labels={"return_date": "2027-01-04", "note": "US month-first; 1/4 = 4 January 2027"}),

    C("en070", "out_of_office", GB, "Brookside Veterinary <office@brooksidevets.co.uk>", "2026-12-19 10:11", "ooo", "reminder",
      "INV-1080:540.00", """
Thank you for your email.

The practice office is closed for Christmas from 21st December and reopens on 4th January. For emergency veterinary care please call 01274 555 010.

Merry Christmas from all at Brookside.
""", labels={"return_date": "2027-01-04"}),

    C("en071", "out_of_office", GB, "Stuart Lowe <stuart.lowe@loweengineering.co.uk>", "2026-11-26 14:20", "ooo", "second_reminder",
      "INV-1119:1,125.00", """
I'm currently away from my desk and will respond to your email as soon as I can.

Stuart Lowe
Lowe Engineering
""", labels={"note": "no return date"}),

    C("en072", "out_of_office", US, "Emily Carter <ecarter@carterpediatrics.com>", "2026-12-02 11:05", "ooo", "reminder",
      "INV-1081:720.00", """
Hello,

I am currently on maternity leave. For billing questions please contact our office manager, Joan Wilkes, at jwilkes@carterpediatrics.com.

Thank you,
Emily Carter
""", labels={"note": "auto-reply, no return date; names a colleague for the period but is not a contact change request"}),

    C("en073", "out_of_office", GB, "Phil Sutton <phil@suttonandsons.co.uk>", "2026-11-26 10:00", "ooo", "reminder",
      "INV-1120:350.00", """
I'm out until tomorrow, will get back to you then.
""", labels={"return_date": "2026-11-27", "note": "'until tomorrow' sent Thu 26 Nov: back Fri 27 Nov"}),

    C("en074", "out_of_office", US, "Natalie Brooks <nbrooks@brooksmarketing.com>", "2026-11-25 08:45", "ooo", "second_reminder",
      "INV-1121:1,480.00", """
Thank you for your email. I am out of the office for Thanksgiving until Monday, November 30, with no access to email.

Natalie
""", labels={"return_date": "2026-11-30", "note": "'until Monday, November 30' read as back on 30 Nov"}),

    # ---------------------------------------------------------------- copy_request (6)
    C("en075", "copy_request", GB, "Kathryn Webb <kathryn@webbtextiles.co.uk>", "2026-11-10 13:33", "html_outlook", "reminder",
      "INV-1122:1,075.00", """
Hello,

Can you send me a copy of the invoice please? I can't find it anywhere in our system.

Thanks
Kathryn
""", labels={}),

    C("en076", "copy_request", US, "AP Department <ap@harborviewhotel.com>", "2026-11-17 09:50", "outlook", "second_reminder",
      "INV-1123:2,980.00", """
Hello,

Please resend the invoice as a PDF. Our system only processes invoices attached as PDF and we have no record of receiving this one.

Regards,
Accounts Payable
Harborview Hotel
""", labels={}),

    C("en077", "copy_request", GB, "Darren Cook <darren.cook@hotmail.com>", "2026-11-20 18:21", "iphone", "reminder",
      "INV-1124:225.00", """
pls send invoice copy thx
""", labels={}),

    C("en078", "copy_request", US, "Jessica Palmer <jpalmer@palmerpropertymgmt.com>", "2026-11-23 15:08", "gmail", "reminder",
      "INV-1082:1,560.00", """
Hi,

Before I can approve this I need an itemized copy of INV-1082 for our records. Can you email it over?

Thanks,
Jessica
""", labels={}),

    C("en079", "copy_request", GB, "Eleanor Hughes <eleanor@hugheslibrarysupplies.co.uk>", "2026-12-01 10:44", "html_outlook", "second_reminder",
      "INV-1125:410.00", """
Good morning,

The link in your email doesn't open for me (our IT blocks it). Could you email the invoice as an attachment instead?

Kind regards,
Eleanor Hughes
""", labels={}),

    C("en080", "copy_request", GB, "Malcolm Reid <malcolm@reidfarmsupplies.co.uk>", "2026-12-09 14:00", "gmail", "reminder",
      "INV-1083:870.00", """
Hello,

Could I have a copy of the original invoice and the delivery note please? Our auditor wants both.

Malcolm
""", labels={}),

    # ---------------------------------------------------------------- contact_change (5)
    C("en081", "contact_change", GB, "Julie Hart <julie.hart@ashworthdevelopments.co.uk>", "2026-11-11 16:12", "outlook", "reminder",
      "INV-1126:2,450.00", """
Hi,

I've left Ashworth Developments and this is my last week. Please send invoices and reminders to accounts@ashworthdevelopments.co.uk from now on.

Julie
""", labels={"new_email": "accounts@ashworthdevelopments.co.uk"}),

    C("en082", "contact_change", US, "Scott Rivera <srivera@brightlinehomes.com>", "2026-11-18 10:40", "gmail", "reminder",
      "INV-1127:1,330.00", """
Please direct all billing to ap@brightlinehomes.com going forward. I'm in sales and can't do anything with these.

Scott
""", labels={"new_email": "ap@brightlinehomes.com"}),

    C("en083", "contact_change", GB, "Anna Kowalski <anna.kowalski@westgatemedical.co.uk>", "2026-11-24 11:55", "html_outlook", "second_reminder",
      "INV-1128:1,690.00", """
Dear Hardy Joinery,

I'm the practice manager's assistant. I have forwarded this to our payables team. Please send future reminders to payables@westgatemedical.co.uk rather than to me, as I don't handle invoices.

Kind regards,

Anna Kowalski
PA to the Practice Manager
Westgate Medical Centre
""", labels={"new_email": "payables@westgatemedical.co.uk"}),

    C("en084", "contact_change", US, "Paul Becker <paul@beckerauto.net>", "2026-12-03 13:22", "gmail", "reminder",
      "INV-1084:640.00", """
Wrong contact. Our bookkeeper is Maria, maria.ortiz@beckerauto.net - please send these to her.
""", labels={"new_email": "maria.ortiz@beckerauto.net"}),

    C("en085", "contact_change", GB, "Reception <reception@thornburydental.co.uk>", "2026-12-08 10:05", "outlook", "second_reminder",
      "INV-1129:1,015.00", """
Hello,

Jane Thornbury is no longer with the practice. Please contact finance@thornburydental.co.uk about this and any future invoices.

Thank you
Reception
""", labels={"new_email": "finance@thornburydental.co.uk"}),

    # ---------------------------------------------------------------- bank_details (4)
    C("en086", "bank_details", GB, "Mark Jeffries <mark@jeffriesjoinery.co.uk>", "2026-11-12 10:30", "outlook", "reminder",
      "INV-1130:1,740.00", """
Hi,

Before we pay, can you confirm your bank details by phone? We received an email last week saying your account had changed and we want to make sure it isn't a scam.

Mark
""", labels={"note": "asks to confirm the firm's bank details after a change notice"}),

    C("en087", "bank_details", US, "Rita Chen <rchen@chenimports.com>", "2026-11-19 11:11", "html_gmail", "reminder",
      "INV-1131:2,200.00", """
Hi,

What's your routing and account number for ACH? We don't pay by card.

Rita
""", labels={}),

    C("en088", "bank_details", GB, "Dean Fletcher <dean@fletcherstores.co.uk>", "2026-11-26 15:40", "gmail", "second_reminder",
      "INV-1132:530.00", """
Hello, please send your sort code and account number. I'd rather pay by bank transfer than use the link. Thanks, Dean
""", labels={}),

    C("en089", "bank_details", US, "Victor Hale <vhale@halemechanical.com>", "2026-12-07 16:02", "outlook", "firm",
      "INV-1133:3,260.00", """
Hello,

We received a letter saying your bank account changed to a new bank. Is that legit? We need to verify the new account details with someone at your company before we release payment.

Victor Hale
Controller, Hale Mechanical
""", labels={}),

    # ---------------------------------------------------------------- unsubscribe (5)
    C("en090", "unsubscribe", GB, "Peter Moore <petermoore1955@btinternet.com>", "2026-11-10 19:45", "gmail", "reminder",
      "INV-1134:180.00", """
Please stop emailing me.
""", labels={}),

    C("en091", "unsubscribe", US, "Amanda Fisher <afisher@fisherfloral.com>", "2026-11-17 08:20", "none", "reminder",
      "INV-1135:340.00", """
Unsubscribe
""", subject="unsubscribe", labels={"note": "fresh subject"}),

    C("en092", "unsubscribe", GB, "Lorna Baird <lorna@bairdcrafts.co.uk>", "2026-11-24 12:30", "outlook", "second_reminder",
      "INV-1136:460.00", """
Remove me from your mailing list please. I don't want these emails.
""", labels={}),

    C("en093", "unsubscribe", US, "Gary Novak <gnovak@novakplumbing.com>", "2026-12-02 17:50", "iphone", "firm",
      "INV-1137:1,290.00", """
STOP sending these emails
""", labels={}),

    C("en094", "unsubscribe", GB, "Yvonne Clarke <yvonne.clarke@clarkeb-b.co.uk>", "2026-12-10 09:15", "gmail", "reminder",
      "INV-1085:275.00", """
Hi, please take this address off your list. Thanks
""", labels={}),

    # ---------------------------------------------------------------- bounce (2)
    C("en095", "bounce", GB, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "2026-11-16 09:04", "dsn", "reminder",
      "INV-1086:820.00", """
** Address not found **

Your message wasn't delivered to jon.ashdown@gmail.com because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
""", subject="Delivery Status Notification (Failure)",
      headers={"X-Failed-Recipient": "jon.ashdown@gmail.com", "_status": "5.1.1", "_mta": "mx.google.com",
               "_remote": "gmail-smtp-in.l.google.com",
               "_diag": "smtp; 550-5.1.1 The email account that you tried to reach does not exist."},
      labels={"note": "DSN from Gmail"}),

    C("en096", "bounce", US, "Microsoft Outlook <postmaster@parkerbuildersinc.onmicrosoft.com>", "2026-12-01 14:31", "dsn", "second_reminder",
      "INV-1087:1,430.00", """
Delivery has failed to these recipients or groups:

billing@parkerbuildersinc.com
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: BN8PR12MB3345.namprd12.prod.outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", subject="Undeliverable: Second reminder: invoice INV-1087 overdue – Hardy Joinery Ltd",
      headers={"X-Failed-Recipient": "billing@parkerbuildersinc.com", "_status": "5.1.10",
               "_mta": "BN8PR12MB3345.namprd12.prod.outlook.com", "_remote": "BN8PR12MB3345.namprd12.prod.outlook.com",
               "_diag": "smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"},
      labels={"note": "Exchange Online NDR"}),

    # ---------------------------------------------------------------- other (4)
    C("en097", "other", GB, "Ken Oldfield <ken@oldfieldmills.co.uk>", "2026-11-04 10:20", "gmail", "heads_up",
      "INV-1088:1,600.00", """
Thanks, received.
""", labels={"note": "acknowledgement of a heads-up, no commitment"}),

    C("en098", "other", US, "Heather Morgan <hmorgan@morganvineyards.com>", "2026-11-12 13:40", "html_outlook", "reminder",
      "INV-1089:2,150.00", """
Hi,

Is this for the tasting room bar or the barrel room shelving? We had two jobs with you this autumn and I want to make sure it goes to the right cost center.

Heather
""", labels={"note": "question about which job; not contesting"}),

    C("en099", "other", GB, "Tony Marsh <tony.marsh@marshpartners.co.uk>", "2026-11-27 17:05", "iphone", "reminder",
      "INV-1090:690.00", """
Thanks for the reminder, I've passed it to my business partner who handles all this.
""", labels={"note": "passed internally; no new address given, no commitment"}),

    C("en100", "other", US, "Rick Sullivan <rick@sullivanbarbershop.com>", "2026-12-14 12:12", "gmail", "reminder",
      "INV-1091:320.00", """
Can I pay with a credit card over the phone? What number do I call?
""", labels={"note": "question about payment method"}),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "en"
    lab = build(cases, out, extra_known=("INV-1033",))
    from collections import Counter
    print(len(lab["cases"]), Counter(c["intent"] for c in lab["cases"]))
