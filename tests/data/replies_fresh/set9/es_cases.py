"""Spanish debtor replies (part es, set 9). Creditor: Atalaya Sistemas de Seguridad S.L. (alarms, CCTV,
fire detection, access control, monitoring fees), Zaragoza. Each reply written by hand."""

CASES = [
    dict(id="s9es001", date="2026-12-09T07:42", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-0987", amt="486,20", due="2026-11-20",
         frm="Chema Lacasa <transporteslacasa@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Trucker on the road; will pay on Friday (11 Dec) when back at the depot.",
         body="""buenas, esta semana ando en ruta por francia y desde el movil no me deja hacer transferencias a cuentas nuevas. el viernes en cuanto llegue a la nave te lo paso. perdona el retraso

Chema

Enviado desde mi smartphone Samsung Galaxy."""),

    dict(id="s9es002", date="2026-12-10T10:15", fmt="outlook", stage="second_reminder", ago=1,
         inv="FA26-0874", amt="1.342,00", due="2026-11-05",
         frm="Pilar Gracia Monforte <administracion@residencialosolivos.es>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made yesterday, 9 December; proof attached.",
         body="""Buenos días:

Les confirmamos que ayer, 9 de diciembre, se realizó la transferencia correspondiente a la factura FA26-0874 por importe de 1.342,00 € desde nuestra cuenta de Ibercaja. El retraso se ha debido al cambio de programa de contabilidad que tuvimos en noviembre, que nos obligó a dar de alta de nuevo a varios proveedores.

Adjuntamos el justificante bancario. Si en unos días no les consta el ingreso, no duden en avisarnos.

Un saludo,

Pilar Gracia Monforte
Administración
Residencia de Mayores Los Olivos - Fundación San Lamberto
Avda. de Navarra 112, 50011 Zaragoza
Tel. 976 33 48 10 · Ext. 204

AVISO LEGAL: Este mensaje y, en su caso, los ficheros anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su destrucción. En cumplimiento del Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos forman parte de un tratamiento cuyo responsable es Fundación San Lamberto, con la finalidad de gestionar la relación comercial."""),

    dict(id="s9es003", date="2026-12-23T09:02", fmt="ooo", stage="firm", ago=0,
         inv="FA26-0801", amt="2.178,00", due="2026-10-31",
         frm="Intervención - Ayto. Torrecilla del Jalón <intervencion@torrecilladeljalon.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Town hall finance office closed 23 Dec - 6 Jan inclusive; mail handled from 7 January 2027.",
         body="""Buenos días:

Le informamos de que el Servicio de Intervención y Tesorería del Ayuntamiento de Torrecilla del Jalón permanecerá cerrado del 23 de diciembre al 6 de enero, ambos inclusive. Los correos recibidos durante este periodo se atenderán a partir del jueves 7 de enero de 2027.

Para asuntos urgentes puede dirigirse al Registro General del Ayuntamiento, en horario de 9:00 a 13:00, o llamar al 976 60 21 15.

Reciba un cordial saludo.

Ayuntamiento de Torrecilla del Jalón
Plaza de España 1, 50297 Torrecilla del Jalón (Zaragoza)"""),

    dict(id="s9es004", date="2026-12-14T23:48", fmt="gmail", stage="second_reminder", ago=4,
         inv="FA26-0912", amt="865,70", due="2026-11-25",
         frm="Raúl Aznar <asadorelcierzo@gmail.com>",
         intent="dispute",
         note="Camera in the storeroom never worked, technician never came; refuses to pay until fixed.",
         body="""Vamos a ver. Me instalasteis las cámaras nuevas el 3 de noviembre y la del almacén no ha grabado NI UN DÍA. Llevo llamando desde entonces, dos veces me dijeron que venía el técnico y no apareció nadie. Y encima me mandáis recordatorios como si el que no cumple fuera yo.

No pienso pagar esa factura hasta que la instalación funcione entera. Cuando vengáis a arreglarlo y firme el parte de trabajo, pagaré. Antes no.

Raúl Aznar
Asador El Cierzo"""),

    dict(id="s9es005", date="2026-12-15T11:20", fmt="html_outlook", stage="reminder", ago=3,
         inv="FA26-0933", amt="3.960,00", due="2026-11-30",
         frm="Cuentas a Pagar <cuentasapagar@frigorificosdelebro.com>",
         intent="copy_request",
         note="Invoice not registered: needs the purchase-order number and upload through the supplier portal before it can be paid.",
         body="""Estimados señores:

En relación con su recordatorio, les informamos de que la factura FA26-0933 no figura registrada en nuestro sistema.

Todas las facturas dirigidas a Frigoríficos del Ebro, S.A. deben incluir obligatoriamente el número de pedido de compra (10 dígitos, empieza por 45) y presentarse a través de nuestro Portal de Proveedores. Las facturas recibidas por correo electrónico sin número de pedido no se contabilizan y no entran en el circuito de pago.

Les rogamos que nos faciliten el número de pedido correspondiente a la instalación del control de accesos en la plataforma de Plaza; si no lo tienen, deben solicitarlo a la persona que les hizo el encargo. Una vez subida la factura al portal con el pedido, el vencimiento se calculará según nuestras condiciones generales de compra (60 días fecha factura, con días de pago 10 y 25 de cada mes).

Atentamente,

Departamento de Cuentas a Pagar
Frigoríficos del Ebro, S.A.
Ctra. de Logroño km 8,5 · 50120 Monzalbarba (Zaragoza)
proveedores@frigorificosdelebro.com

Antes de imprimir este correo, piense en el medio ambiente."""),

    dict(id="s9es006", date="2026-12-18T13:05", fmt="apple", stage="reminder", ago=4,
         inv="FA26-0958", amt="312,00", due="2026-12-01",
         frm="Autoescuela Delicias <info@autoescueladelicias.com>",
         intent="promise",
         note="Will pay after Epiphany (Reyes): a vague time, no single day.",
         body="""Hola, estamos a tope con los exámenes de diciembre y la compañera que lleva los pagos está de baja. Lo pagamos después de Reyes sin falta.

Gracias y felices fiestas

Autoescuela Delicias

Enviado desde mi iPhone"""),

    dict(id="s9es007", date="2026-12-21T14:30", fmt="gmail", stage="firm", ago=3,
         inv="FA26-0866", amt="612,40", due="2026-11-10",
         frm="Carnicería Hnos. Bielsa <carniceriabielsa@hotmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Partial payment of 300 € made today; the remaining 312,40 € promised on the 30th. The open remainder is what the firm must follow.",
         body="""Hola buenas tardes

Esta mañana os he echo una transferencia de 300 euros a cuenta de la factura. El resto, 312,40, os lo pago el dia 30 cuando me paguen los de la residencia que tambien me deben a mi. Las navidades estan siendo muy flojas, lo siento

Un saludo
Tere
Carnicería Hnos. Bielsa"""),

    dict(id="s9es008", date="2027-01-11T10:05", fmt="gmail", stage="firm", ago=4,
         inv="FA26-1003", amt="1.875,00", due="2026-12-15",
         frm="Marisa Lop <hostalelmoncayo@gmail.com>",
         intent="plan_request",
         note="Asks to split the invoice into three or four monthly payments; no date committed.",
         body="""Buenos días,

Os escribo por la factura de la renovación de la central de incendios. No es que no queramos pagarla, pero enero y febrero son los peores meses del año para nosotros y con las obras de la variante llevamos desde octubre con la mitad de clientes de paso.

¿Sería posible fraccionar el importe en tres o cuatro pagos mensuales? Decidnos cómo lo veis y qué necesitáis por nuestra parte.

Gracias de antemano.

Marisa Lop
Hostal Restaurante El Moncayo
Ctra. N-122, km 71 · 50540 Borja
Tel. 976 86 05 39"""),

    dict(id="s9es009", date="2026-12-16T12:40", fmt="tb", stage="second_reminder", ago=2,
         inv="FA26-0891", amt="1.090,00", due="2026-11-15",
         frm="Jesús Marín <administracion@colegiosagradafamilia-zgz.es>",
         intent="bank_details",
         note="Received a suspicious 'change of IBAN' email; asks the firm to confirm its real IBAN before paying.",
         body="""Buenos días:

Antes de pagar la factura FA26-0891 querría confirmar una cosa con ustedes. La semana pasada recibimos en administración un correo, supuestamente de Atalaya, en el que se nos comunicaba un cambio de cuenta bancaria a una de un banco portugués. Nos extrañó porque venía de una dirección con guion (atalaya-seguridad.com) y no nos atrevimos a hacer nada.

¿Pueden confirmarnos, por teléfono o por escrito firmado, cuál es su IBAN correcto? En cuanto lo tengamos hacemos la transferencia.

Un saludo,

--
Jesús Marín Alcober
Administrador
Colegio Sagrada Familia · Centro concertado
C/ Tomás Bretón 40, 50005 Zaragoza
Tel. 976 55 12 87"""),

    dict(id="s9es010", date="2026-12-11T18:10", fmt="apple", stage="reminder", ago=1,
         inv="FA26-0940", amt="254,10", due="2026-11-28",
         frm="Alberto Sanz <alberto@fisiosanz.es>",
         intent="other",
         note="Says his accounting firm handles invoices and he has forwarded the mail to them; no payment statement.",
         body="""Buenas tardes. Todo lo de facturas me lo lleva la gestoría, les reenvío su correo para que lo miren ellos.

Saludos.

Alberto Sanz
Fisioterapia Sanz · Col. 1184"""),

    dict(id="s9es011", date="2026-12-14T12:30", fmt="outlook", stage="reminder", ago=3,
         inv="FA26-0905", amt="4.356,00", due="2026-11-20",
         frm="Tesorería Diputación Provincial <tesoreria@dpvaldejalon.es>",
         intent="promise", promise_date="2026-12-18",
         note="Invoice approved and included in the payment run of 18 December.",
         body="""Buenos días:

En contestación a su correo, le comunicamos que la factura FA26-0905, correspondiente al mantenimiento anual del sistema de videovigilancia del Palacio Provincial, fue conformada por el Servicio de Patrimonio y aprobada mediante Decreto de Presidencia n.º 2026/3187.

La citada factura está incluida en la relación de pagos que se ejecutará el próximo viernes 18 de diciembre, por lo que el importe se recibirá en la cuenta indicada en su ficha de tercero en los días inmediatamente posteriores.

Atentamente,

Ana Belén Sarasa Lahoz
Jefa de Sección de Tesorería
Diputación Provincial de Valdejalón
Plaza de la Diputación 2 · Tel. 976 71 40 00 (ext. 312)

Este correo electrónico y, en su caso, cualquier fichero anexo contiene información confidencial exclusivamente dirigida a su destinatario o destinatarios. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de la Diputación."""),

    dict(id="s9es012", date="2026-12-14T09:20", fmt="html_gmail", stage="reminder", ago=4,
         inv="FA26-0925", amt="698,00", due="2026-11-30",
         frm="Hotel Ciudad de Calatayud <reservas@hotelciudadcalatayud.com>",
         intent="paid", paid_on="2026-12-13",
         note="Paid yesterday (Sunday 13 Dec) by card through the link; side question about receiving a receipt.",
         body="""Hola,

Lo pagamos ayer domingo con tarjeta desde el enlace del correo. Nos salió la pantalla de pago correcto pero no nos ha llegado ningún justificante, ¿lo mandáis vosotros o hay que pedirlo?

Un saludo,

Nuria
Recepción · Hotel Ciudad de Calatayud **
Tel. 976 88 12 40"""),

    dict(id="s9es013", date="2027-01-05T20:15", fmt="gmail", stage="second_reminder", ago=5,
         inv="FA26-1040", amt="39,90", due="2026-12-05",
         frm="Mariano Gil Bernués <marianogilb@yahoo.es>",
         intent="unsubscribe",
         note="Private customer asks to be removed from the automatic reminder emails; prefers a phone call.",
         body="""Buenas noches.

Por favor, quitadme de esta lista de correos automáticos. Tengo la cuota de la alarma domiciliada desde hace años y si algún mes hay un problema me llamáis por teléfono como se ha hecho siempre, pero no quiero recibir más avisos de estos.

Gracias.
Mariano Gil"""),

    dict(id="s9es014", date="2026-12-22T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FA26-0979", amt="2.640,00", due="2026-12-05",
         frm="Elena Castán <elena.castan@ibermotion-components.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Bilingual auto-reply; away until 8 January inclusive, back Monday 11 January.",
         body="""Gracias por su mensaje. Estaré fuera de la oficina desde el 21 de diciembre hasta el 8 de enero (incluido), con acceso limitado al correo. Regresaré el lunes 11 de enero.

Para consultas sobre facturas o pagos a proveedores, por favor contacte con ap.iberia@ibermotion-components.com.

---

Thank you for your email. I am out of the office from 21 December until 8 January inclusive, with limited access to email. I will be back on Monday 11 January.

For invoice or supplier payment queries, please contact ap.iberia@ibermotion-components.com.

Elena Castán
Accounts Payable Specialist · Ibermotion Components Spain, S.L.U."""),

    dict(id="s9es015", date="2026-12-17T16:45", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA26-0949", amt="540,00", due="2026-11-30",
         frm="Transportes Hermanos Lasheras <admin@translasheras.es>",
         intent="dispute",
         note="Contract cancelled by burofax in August with notice; contests the Oct-Dec quarterly fee and asks for a credit note.",
         body="""Buenas tardes:

No estamos de acuerdo con esta factura. La FA26-0949 corresponde a la cuota trimestral de octubre a diciembre del mantenimiento y conexión a central receptora de la nave de Pinseque, pero ese contrato lo dimos de baja por burofax el 28 de agosto, con el mes de preaviso que indica la cláusula 9. Tenemos el acuse de recibo firmado por ustedes el 31 de agosto.

Desde el 1 de octubre la nave tiene la alarma con otra empresa, así que no procede ninguna cuota a partir de esa fecha. Les pedimos que anulen la factura y nos envíen la rectificativa, y que dejen de reclamarla.

Si necesitan copia del burofax se la mandamos.

Saludos,

Mónica Lasheras
Administración
Transportes Hermanos Lasheras, S.L.
Camino de los Huertos s/n · 50298 Pinseque (Zaragoza)
Tel. 976 65 70 22 · Móvil 659 41 83 07"""),

    dict(id="s9es016", date="2027-01-14T17:02", fmt="gmail", stage="reminder", ago=2,
         inv="FA26-1051", amt="148,50", due="2026-12-20",
         frm="Bar Restaurante La Plaza <barlaplazaepila@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Very short: will pay on Monday (18 January).",
         body="""Lo pago el lunes. Gracias"""),

    dict(id="s9es017", date="2026-12-28T10:40", fmt="outlook", stage="firm", ago=6,
         inv="FA26-0822", amt="1.210,00", due="2026-11-10",
         frm="Secretaría Ayuntamiento de Villar de los Olmos <secretaria@villardelosolmos.es>",
         intent="paid", paid_on="2026-12-22",
         note="Town hall: transfer ordered on 22/12/2026; payment document attached.",
         body="""Buenos días:

Por la presente se le comunica que con fecha 22/12/2026 se ordenó el pago por transferencia de la factura FA26-0822 (instalación de detectores en el pabellón municipal), por importe de 1.210,00 euros, a la cuenta que consta en la ficha de terceros de este Ayuntamiento.

Se adjunta el documento contable de pago (P) para su comprobación.

Un saludo,

Secretaría-Intervención
Ayuntamiento de Villar de los Olmos
Tel. 976 82 31 06 · Horario de atención: martes y jueves de 9 a 14 h"""),

    dict(id="s9es018", date="2027-01-08T09:45", fmt="gmail", stage="reminder", ago=3,
         inv="FA26-1066", amt="720,00", due="2026-12-28",
         frm="Residencia El Recuerdo <sonia.admin@residenciaelrecuerdo.es>",
         to="administracion@atalayaseguridad.es",
         intent="contact_change", new_email="facturas@residenciaelrecuerdo.es",
         note="The former administrator left; invoices and reminders must go to facturas@residenciaelrecuerdo.es.",
         body="""Hola, buenos días.

Sonia ya no trabaja en la residencia desde el 31 de diciembre y este buzón solo lo miro de vez en cuando desde recepción. Por favor, a partir de ahora mandad todo lo de facturas a facturas@residenciaelrecuerdo.es, que lo lleva la administración del grupo en Huesca. Ya les he pasado vuestro correo.

Gracias,
Luis (recepción)
Residencia El Recuerdo · Barbastro"""),

    dict(id="s9es019", date="2027-01-12T13:50", fmt="gmail", stage="second_reminder", ago=1,
         inv="FA26-1012", amt="96,80", due="2026-12-15",
         frm="Autoescuela Moncayo <autoescuelamoncayo@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for it to be resent to see what it is for.",
         body="""hola, esa factura no me suena de nada y no me ha llegado. me la podeis reenviar para ver de que es? si es lo de la camara del aula de teorica la pago en cuanto la vea

Pedro"""),

    dict(id="s9es020", date="2027-01-13T11:30", fmt="tb", stage="reminder", ago=2,
         inv="FA26-1020", amt="1.452,00", due="2026-12-20",
         frm="Administración Colegio San Valero <administracion@colegiosanvalero-monzon.es>",
         intent="promise", promise_date="2027-01-31",
         note="Will be paid at the end of the month (fin de mes = 31 January) with the supplier payment run.",
         body="""Buenos días:

Os confirmo que la factura de la ampliación del sistema de alarma del pabellón ya está conformada por la dirección. Los pagos a proveedores los hacemos en una única remesa a fin de mes, así que irá en la de enero.

Perdonad el retraso, con las vacaciones de Navidad se nos quedó pendiente de firmar.

Un saludo,

--
Beatriz Ferrer
Administración · Colegio San Valero (concertado)
Avda. del Pilar 18 · 22400 Monzón (Huesca)
974 40 11 63"""),

    dict(id="s9es021", date="2026-12-10T12:05", fmt="gmail", fwd=True, noquote=True, stage="reminder", ago=3,
         inv="FA26-0948", amt="375,10", due="2026-11-25",
         frm="Rocío Pardo <oficina@embutidosortas.es>",
         intent="paid", paid_on="2026-12-03",
         note="Assistant forwards the manager's answer: paid on the 3rd (December).",
         body="""Buenos días, les reenvío lo que me contesta el gerente. Si necesitan el justificante me dicen y se lo pido al banco.

Un saludo,
Rocío

---------- Forwarded message ---------
De: Jaime Ortas <jaime@embutidosortas.es>
Date: jue, 10 dic 2026 a las 11:48
Subject: Re: Recordatorio de pago: factura FA26-0948 vencida – Atalaya Sistemas de Seguridad S.L.
To: Rocío Pardo <oficina@embutidosortas.es>


Rocío esto está pagado desde el día 3, lo tienes en el extracto del Santander de la semana pasada. Diles que lo miren bien.

Jaime

Enviado desde mi iPhone"""),

    dict(id="s9es022", date="2026-12-15T08:32", fmt="ooo", stage="second_reminder", ago=0,
         inv="FA26-0917", amt="1.028,50", due="2026-11-25",
         frm="Balneario Termas de Alhama <direccion@termasdealhama.es>",
         intent="out_of_office", return_date="2027-01-29",
         note="Spa hotel closed for the season from 14 December; reopens Friday 29 January 2027.",
         body="""Estimado cliente:

El Balneario Termas de Alhama permanece cerrado por descanso de temporada desde el 14 de diciembre. Reabrimos el viernes 29 de enero de 2027, fecha a partir de la cual responderemos a su correo.

Durante el cierre este buzón no se atiende. Para reservas puede utilizar nuestra web; para cualquier asunto urgente de proveedores, llame al 608 23 91 44.

Muchas gracias y felices fiestas.

Dirección
Balneario Termas de Alhama"""),

    dict(id="s9es023", date="2027-01-19T12:10", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="FA26-1071", amt="2.238,50", due="2027-01-05",
         frm="Gonzalo Ibáñez <gonzalo.ibanez@hotelrealdelsalvador.com>",
         intent="dispute",
         note="Invoice exceeds the accepted quote by 200 € of labour nobody agreed; will only pay the quoted amount.",
         body="""Buenos días,

Les respondo en relación con la factura FA26-1071 por la adaptación del CCTV del parking.

El presupuesto que aceptamos en octubre (ref. P-26-388) era de 1.650,00 € más IVA, es decir, 1.996,50 €. La factura es de 1.850,00 € más IVA. La diferencia aparece como «horas adicionales de mano de obra», que en ningún momento se nos comunicaron ni se firmaron en el parte; el técnico terminó en la jornada prevista.

No vamos a abonar un importe distinto del presupuestado. Les rogamos que emitan una rectificativa por la diferencia o, si consideran que las horas están justificadas, que nos envíen el detalle. En cuanto tengamos la factura correcta se pagará.

Un saludo,

Gonzalo Ibáñez Royo
Director de Operaciones
Hotel Real del Salvador ****
C/ Don Jaime I 44 · 50001 Zaragoza
T. +34 976 29 50 50

La información contenida en este correo es confidencial. Si lo ha recibido por error, le rogamos que nos lo comunique y lo elimine."""),

    dict(id="s9es024", date="2026-12-09T10:00", fmt="outlook", stage="heads_up", ago=1,
         inv="FA26-0961", amt="5.808,00", due="2026-12-10",
         frm="Proveedores - Grupo Alimentario Serrablo <proveedores@gaserrablo.com>",
         intent="promise", promise_date="2027-01-25",
         note="Large company AP: invoice approved; paid on the 25 January payment run per 60-day terms (the due date on the invoice is not theirs).",
         body="""Estimado proveedor:

Le informamos de que la factura FA26-0961 se encuentra contabilizada y aprobada en nuestro sistema, asociada al pedido 4500187734.

Le recordamos que, según el contrato marco firmado con su empresa, nuestras condiciones de pago son de 60 días fecha factura, con días de pago fijos los días 10 y 25 de cada mes. Por tanto, la fecha de vencimiento que figura en su documento no es la aplicable: la factura se abonará mediante transferencia en la fecha de pago del 25 de enero de 2027.

Puede consultar el estado de sus facturas en cualquier momento en el Portal de Proveedores.

Un saludo,

Departamento de Cuentas a Pagar
Grupo Alimentario Serrablo, S.A.
Pol. Ind. Sabiñánigo, parcela 14 · 22600 Sabiñánigo (Huesca)

Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida en virtud de la legislación vigente."""),

    dict(id="s9es025", date="2027-01-07T22:40", fmt="apple", stage="reminder", ago=3,
         inv="FA26-1058", amt="59,90", due="2026-12-20",
         frm="Lucía Embid <lucia.embid@icloud.com>",
         intent="paid", paid_on="2027-01-06",
         note="Private customer: paid last night (6 January) through the link.",
         body="""Ya está pagado, lo hice anoche desde el enlace. Perdonad, con las fiestas se me pasó por completo.

Lucía

Enviado desde mi iPhone"""),

    dict(id="s9es026", date="2026-12-29T19:20", fmt="gmail", stage="final_notice", ago=5,
         inv=[("FA26-0855", "968,00", "2026-11-05"), ("FA26-0931", "242,00", "2026-11-30")],
         frm="Javier Royo <javiroyo.transportes@gmail.com>",
         intent="plan_request",
         note="Self-employed haulier, truck broken down; asks to pay both invoices in 3 or 4 instalments, no date.",
         body="""Buenas tardes

Se que os debo las dos facturas y no me estoy escaqueando. El camion lleva parado desde el 2 de diciembre con la caja de cambios rota y entre el taller y no poder trabajar estoy sin liquidez ninguna.

No os puedo pagar los 1210 de golpe. Podria pagaros en 3 o 4 veces, lo que me digais cada mes? Por favor no lo paseis a abogados que eso me hunde mas.

Llamadme si quereis al 636 50 27 19

Javier Royo"""),

    dict(id="s9es027", date="2027-01-04T11:15", fmt="outlook", stage="reminder", ago=4,
         inv="FA26-1039", amt="386,00", due="2026-12-15",
         frm="Contabilidad Residencia San Jorge <contabilidad@residenciasanjorge.es>",
         intent="bank_details",
         note="Announces its own new bank account for direct debits (old one closed, December debit bounced) and sends a new SEPA mandate.",
         body="""Buenos días:

El recibo de diciembre les vino devuelto porque el mes pasado cancelamos la cuenta que teníamos en Caja Rural. Les facilitamos los nuevos datos para las domiciliaciones:

Titular: Residencia San Jorge, S.L.
Entidad: CaixaBank
IBAN: ES71 2100 4312 5702 0018 3947

Adjuntamos la nueva orden de domiciliación SEPA firmada. Pueden volver a girar el recibo de diciembre a esta cuenta junto con el de enero, o como les resulte más cómodo.

Disculpen las molestias.

Un saludo,

Rosa María Sancho
Contabilidad
Residencia San Jorge · C/ Baltasar Gracián 9 · 22002 Huesca
Tel. 974 23 66 18"""),

    dict(id="s9es028", date="2026-12-16T17:30", fmt="gmail", stage="reminder", ago=1,
         inv="FA26-0953", amt="181,50", due="2026-12-01",
         frm="Carmen Lasierra <carmenlasierra71@gmail.com>",
         intent="other",
         note="Wrong recipient: she is not a customer; the address seems to belong to someone else.",
         body="""Hola,

Me ha llegado este correo pero yo no tengo ninguna alarma contratada con ustedes ni he recibido nunca una factura suya. Imagino que se han equivocado al apuntar la dirección de algún cliente, porque mi nombre es Carmen Lasierra y vivo en Tarazona, no sé si les cuadra.

Se lo digo para que lo corrijan, no vaya a ser que la persona que lo tiene que pagar no se esté enterando.

Un saludo"""),

    dict(id="s9es029", date="2027-01-15T13:20", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA26-1034", amt="1.573,00", due="2026-12-22",
         frm="Administración Hotel Puerta de Jaca <administracion@hotelpuertadejaca.com>",
         intent="promise", promise_date="2027-01-20",
         note="Transfer will be made next Wednesday the 20th (January), their supplier payment day.",
         body="""Buenas tardes:

Disculpen la demora. Hemos tenido un cambio en la dirección financiera del hotel y los pagos de diciembre se quedaron parados hasta que se actualizaron las firmas autorizadas en el banco.

Les confirmo que realizaremos la transferencia de la factura FA26-1034 el próximo miércoles 20, que es nuestro día de pagos a proveedores.

Atentamente,

Laura Pueyo
Administración
Hotel Puerta de Jaca
Avda. Regimiento de Galicia 3 · 22700 Jaca (Huesca)
Tel. 974 36 10 84

De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos de contacto se tratan con la finalidad de mantener la relación comercial. Puede ejercer sus derechos en protecciondedatos@hotelpuertadejaca.com."""),

    dict(id="s9es030", date="2026-12-23T08:35", fmt="ooo", stage="reminder", ago=1,
         inv="FA26-0984", amt="605,00", due="2026-12-10",
         frm="Secretaría Colegio Santa Ana <secretaria@santaanacaspe.es>",
         intent="out_of_office", return_date="2027-01-08",
         note="School office closed for Christmas; back Friday 8 January.",
         body="""¡Felices fiestas!

La secretaría del colegio está cerrada por vacaciones de Navidad. Volvemos el viernes 8 de enero y contestaremos a todos los correos por orden de llegada.

Colegio Santa Ana · Caspe"""),

    dict(id="s9es031", date="2026-12-14T09:05", fmt="html_gmail", stage="second_reminder", ago=4,
         inv=[("FA26-0858", "423,50", "2026-11-10"), ("FA26-0899", "217,80", "2026-11-20")],
         frm="Restaurante Casa Emilio <casaemilio.tauste@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Both invoices paid in a single transfer on Friday the 11th (December).",
         body="""Buenos días,

Las dos facturas os las pagamos juntas en una sola transferencia el viernes 11, por 641,30 €, con el concepto «FA26-0858 Y 0899». Supongo que se ha cruzado con vuestro aviso.

Si no os aparece decídmelo y os mando el justificante.

Un saludo,
Emilio Marco
Restaurante Casa Emilio · Tauste
976 85 40 12"""),

    dict(id="s9es032", date="2026-12-19T01:10", fmt="gmail", stage="firm", ago=1,
         inv="FA26-0893", amt="1.117,60", due="2026-11-15",
         frm="Sergio Abadía <sergio@lataperiadelcoso.es>",
         intent="promise",
         note="Annoyed; will pay in full 'a primeros de enero' once company dinners are collected: a window, no single day.",
         body="""Ya sé que está pendiente, no hace falta que me mandéis tres correos seguidos con lo de la ley de morosidad.

Diciembre es cuando más trabajamos y cuando menos liquidez tenemos, porque las empresas nos pagan las cenas de Navidad a 30 días. En cuanto cobre las de este mes os lo pago entero, a primeros de enero. Como todos los años, que no es la primera vez que pasa y siempre os he pagado.

Sergio
La Tapería del Coso"""),

    dict(id="s9es033", date="2027-01-21T21:35", fmt="gmail", stage="firm", ago=3,
         inv="FA27-0027", amt="145,20", due="2027-01-10",
         frm="Ángel Cebrián <angelcebrian64@hotmail.com>",
         intent="dispute",
         note="Private customer contests a 'servicio de acuda' charge he never requested, caused by the system's own false alarms.",
         body="""A ver si alguien me explica esto porque por teléfono no hay manera.

Me cobráis 145,20 por un "SERVICIO DE ACUDA" del 27 de diciembre. Ese día saltó la alarma SOLA, como ya ha pasado otras cuatro veces desde que cambiasteis la centralita, y yo estaba en Valencia con mi familia. Nadie me pidió permiso para mandar a ningún vigilante y encima la culpa es del aparato que me pusisteis vosotros.

NO VOY A PAGAR una salida provocada por una avería vuestra. Quiero que anuléis ese cargo y que venga un técnico a revisar la alarma de una vez, que ya estoy harto de que me llamen de la central a las tantas.

Ángel Cebrián
C/ Mayor 23, 2º · Calatayud"""),

    dict(id="s9es034", date="2027-01-20T10:25", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA26-1009", amt="3.146,00", due="2026-12-15",
         frm="Intervención Ayuntamiento de Castejón de Albarrón <intervencion@castejondealbarron.es>",
         intent="copy_request",
         note="Town hall cannot pay: the invoice was never filed through FACe; asks for the electronic invoice with the DIR3 codes.",
         body="""Buenos días:

En relación con su requerimiento de pago de la factura FA26-1009 (sistema de control de accesos del polideportivo), le informamos de que dicha factura no consta presentada en el Punto General de Entrada de Facturas Electrónicas (FACe).

Conforme a la Ley 25/2013, de impulso de la factura electrónica, al tratarse de una sociedad de responsabilidad limitada están ustedes obligados a expedir y presentar la factura en formato electrónico a través de FACe. La factura en PDF remitida por correo electrónico no puede registrarse y, por tanto, no es posible reconocer la obligación ni tramitar su pago.

Les rogamos que la presenten a la mayor brevedad con los siguientes códigos DIR3:
- Oficina contable: L01509871
- Órgano gestor: L01509871
- Unidad tramitadora: L01509871

Una vez registrada, se tramitará su aprobación y pago en los plazos legalmente establecidos.

Atentamente,

Intervención Municipal
Ayuntamiento de Castejón de Albarrón
Plaza Mayor 1 · Tel. 976 63 45 02"""),

    dict(id="s9es035", date="2026-12-17T08:10", fmt="tb", stage="second_reminder", ago=3,
         inv="FA26-0938", amt="330,00", due="2026-11-30",
         frm="Instalaciones Eléctricas Bordetas <bordetas.electricidad@telefonica.net>",
         intent="promise", promise_date="2027-01-15",
         note="Self-employed electrician will pay on 15 January; side request about a detector, the promise comes first.",
         body="""Buenos dias,

El 15 de enero te lo ingreso, que es cuando me pagan la obra de la comunidad de Delicias. Ahora mismo no puedo, lo siento.

Por cierto, el detector de la puerta de atras del taller pita cuando llueve fuerte, a ver si alguien se puede pasar a mirarlo cuando tengais un rato.

Un saludo

--
Fernando Bordetas
Instalaciones Eléctricas Bordetas
C/ Vía Universitas 51, local · 50009 Zaragoza
Móvil 617 28 40 95"""),

    dict(id="s9es036", date="2027-01-18T09:40", fmt="html_outlook", stage="firm", ago=5,
         inv=[("FA26-0996", "2.904,00", "2026-12-10"), ("FA26-1018", "1.089,00", "2026-12-20")],
         frm="Accounts Payable Iberia <ap.iberia@ibermotion-components.com>",
         intent="paid", paid_on="2027-01-15",
         note="Payment advice: one transfer issued on 15/01/2027 covering both invoices.",
         body="""Estimado proveedor:

Le informamos de que con fecha 15/01/2027 se ha emitido un pago por transferencia bancaria a su favor con el siguiente detalle:

Referencia de pago: PAG-ES-2027-000418
Importe total: 3.993,00 EUR
Documentos incluidos:
   FA26-0996   2.904,00 EUR
   FA26-1018   1.089,00 EUR

El abono debería reflejarse en su cuenta en un plazo de 24-48 horas hábiles. Por favor, no responda a este correo para consultas sobre otras facturas; utilice el Portal de Proveedores.

Saludos cordiales,

Accounts Payable Iberia
Ibermotion Components Spain, S.L.U.
Parque Tecnológico del Motor, Nave 6 · 44600 Alcañiz (Teruel)

This e-mail and any attachments are confidential and intended solely for the addressee. Este correo y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario."""),

    dict(id="s9es037", date="2027-01-26T12:00", fmt="outlook", stage="final_notice", ago=4,
         inv="FA26-0872", amt="1.694,00", due="2026-11-12",
         frm="Dirección Financiera Logística Cinca Express <finanzas@cincaexpress.es>",
         intent="other",
         note="Debtor is in insolvency proceedings (concurso de acreedores): cannot pay pre-insolvency debts; creditor must lodge its claim with the insolvency administrator.",
         body="""Estimados señores:

Acusamos recibo de su comunicación relativa a la factura FA26-0872.

Les informamos de que, mediante Auto de 18 de diciembre de 2026, el Juzgado de lo Mercantil n.º 1 de Zaragoza declaró el concurso voluntario de acreedores de Logística Cinca Express, S.L. (procedimiento 612/2026). Desde esa fecha la sociedad no puede atender el pago de créditos anteriores a la declaración de concurso al margen del procedimiento.

Para el reconocimiento de su crédito deberán comunicarlo directamente a la administración concursal, designada en la persona de D. Ricardo Oliván Bescós, en la dirección concursocincaexpress@olivanabogados.es, aportando copia de la factura y de cualquier documento justificativo, dentro del plazo señalado en el Auto publicado en el BOE.

Atentamente,

Dirección Financiera
Logística Cinca Express, S.L. (en concurso)
Ctra. de Fraga s/n · 22520 Fraga (Huesca)"""),

    dict(id="s9es038", date="2026-12-11T08:34", fmt="bounce", stage="reminder",
         inv="FA26-0944", amt="798,60", due="2026-11-26",
         rcpt="gerencia@hotelmiradoralbarracin.es", status="5.1.1",
         remote="aspmx.l.google.com",
         diag="550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 5.1.1 https://support.google.com/mail/?p=NoSuchUser",
         intent="bounce",
         note="Delivery failure: the hotel's manager mailbox no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
gerencia@hotelmiradoralbarracin.es

Reporting-MTA: dns; a8-31.smtp-out.amazonses.com
Final-Recipient: rfc822; gerencia@hotelmiradoralbarracin.es
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist."""),

    dict(id="s9es039", date="2027-01-27T11:50", fmt="none", stage="second_reminder", ago=2,
         inv="FA26-1079", amt="211,75", due="2027-01-15",
         frm="Autoescuela Ruta 4 <ruta4autoescuela@gmail.com>",
         intent="paid", paid_on="2027-01-27",
         note="Just made the transfer today; proof attached.",
         body="""Hola perdona, se nos paso con el lio de las matriculas de enero. Acabo de hacer la trasferencia ahora mismo, te adjunto el justificante.

Un saludo
Yolanda - Autoescuela Ruta 4"""),

    dict(id="s9es040", date="2026-12-30T10:20", fmt="outlook", stage="reminder", ago=2,
         inv="FA26-1024", amt="968,00", due="2026-12-15",
         frm="Administración Tiendas - Supermercados Arbolé <admin.tiendas@supermercadosarbole.es>",
         intent="contact_change", new_email="cuentasproveedores@arbole-csc.es",
         note="From 1 January supplier invoices are handled by the group's shared service centre; reminders to cuentasproveedores@arbole-csc.es.",
         body="""Buenos días:

Les comunicamos que a partir del 1 de enero de 2027 la recepción de facturas y la gestión de pagos a proveedores de todas las tiendas del grupo pasa a realizarse desde nuestro Centro de Servicios Compartidos de Madrid. Este buzón dejará de estar operativo a mediados de enero.

Les rogamos que en adelante dirijan cualquier factura, recordatorio o consulta sobre pagos a cuentasproveedores@arbole-csc.es, indicando siempre el número de tienda (en su caso, la 027 de Utebo). Hemos trasladado ya su recordatorio a dicho departamento.

Un saludo,

Administración de Tiendas
Supermercados Arbolé, S.A.
Tel. 976 77 08 40"""),
]
