"""Spanish debtor replies to Climatización Moncayo S.L. (Zaragoza), written by hand, one by one."""

CASES = [
    dict(id="s16es001", date="2026-12-09T19:42", fmt="apple", stage="reminder", ago=2,
         inv="FV-2026/0871", amt="385,00", due="2026-11-20",
         frm="Bar Casa Lolo <barcasalolo@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'El viernes' written on Wednesday 9 December = Friday 11 December.",
         body="""Ok, el viernes te lo paso. Perdona el retraso, se me habia pasado

Lolo

Enviado desde mi iPhone"""),

    dict(id="s16es002", date="2026-12-10T10:15", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FV-2026/0744", amt="4.812,60", due="2026-11-05",
         frm="Cuentas a Pagar - Clínica San Lamberto <proveedores@clinicasanlamberto.es>",
         intent="paid", paid_on="2026-12-09",
         note="Accounts payable says the transfer was issued yesterday (9 December).",
         body="""Buenos días,

Les informamos de que la factura FV-2026/0744 por importe de 4.812,60 € fue incluida en la remesa de pagos a proveedores emitida ayer, por lo que deberían recibir la transferencia en un plazo de 24-48 horas según su entidad.

Les rogamos disculpen la demora, que se ha debido al proceso interno de conformidad de la factura por parte del Servicio de Mantenimiento.

Un saludo,

Beatriz Lasheras Royo
Departamento de Administración - Cuentas a Pagar
Clínica San Lamberto, S.A.
Vía Hispanidad 21, 50009 Zaragoza
Tel. 976 56 80 12 (ext. 2214)

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su comunicación, reproducción o distribución sin la autorización expresa de Clínica San Lamberto, S.A. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos serán tratados con la finalidad de gestionar la relación comercial."""),

    dict(id="s16es003", date="2026-12-11T13:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="FV-2026/0802", amt="1.265,00", due="2026-11-25",
         frm="Restaurante El Cierzo <reservas@restauranteelcierzo.es>",
         intent="dispute",
         note="Refuses to pay: the cold-room repair failed again; wants a technician first.",
         body="""Mirad, no me mandéis más avisos de estos porque no pienso pagar ni un euro hasta que alguien venga a arreglar la cámara de una vez.

Vuestro técnico estuvo el 12 de noviembre, cambió el compresor, me cobrasteis 1.265 € y a las dos semanas la cámara otra vez a 9 grados. He tenido que tirar género por valor de más de 600 euros y he llamado tres veces a la oficina y nadie me devuelve la llamada.

Cuando la cámara funcione hablamos de la factura. Antes no.

Fernando Azcona
Restaurante El Cierzo
654 218 907"""),

    dict(id="s16es004", date="2026-12-22T08:34", fmt="ooo", stage="reminder", ago=0,
         inv="FV-2026/0855", amt="2.904,00", due="2026-12-15",
         frm="Intervención - Ayuntamiento de Cariñena <intervencion@aytocarinena.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away 22 December to 6 January inclusive; back Thursday 7 January.",
         body="""Buenos días:

Les comunico que me encuentro ausente del 22 de diciembre al 6 de enero, ambos inclusive, sin acceso al correo electrónico.

Para cualquier asunto urgente relacionado con facturación pueden dirigirse al Registro General del Ayuntamiento (976 62 00 12) o presentar la documentación a través de la sede electrónica.

Recuerden que todas las facturas dirigidas al Ayuntamiento deben presentarse a través de FACe.

Un saludo,
Intervención Municipal
Ayuntamiento de Cariñena"""),

    dict(id="s16es005", date="2026-12-14T21:30", fmt="gmail", stage="second_reminder", ago=4,
         inv="FV-2026/0790", amt="2.340,00", due="2026-11-24",
         frm="Mª Pilar Ordóñez <pilarordonez61@gmail.com>",
         intent="plan_request",
         note="Asks to split the boiler invoice into several monthly payments; no date committed.",
         body="""Buenas noches,

Les escribo por la factura de la caldera nueva que nos instalaron en octubre. Sé que está vencida y lo siento mucho, no es que no queramos pagar. Mi marido está de baja desde hace dos meses y este mes vamos muy justos, entre la caldera y los gastos de Navidad.

¿Habría alguna posibilidad de pagarla en varios meses? Aunque sea en tres o cuatro plazos. Lo que ustedes nos digan, pero de golpe ahora mismo no podemos.

Muchas gracias por su comprensión y perdonen las molestias.

Pilar Ordóñez
C/ Duquesa Villahermosa 40, 3º B"""),

    dict(id="s16es006", date="2026-12-15T09:48", fmt="outlook", stage="reminder", ago=1,
         inv="FV-2026/0812", amt="1.730,30", due="2026-12-01",
         frm="Administración Colegio Santa Engracia <administracion@colegiosantaengracia.es>",
         intent="copy_request",
         note="Cannot pay without a copy of the invoice carrying their purchase order number.",
         body="""Buenos días:

No tenemos registrada esta factura en nuestro sistema. Es posible que se enviara a la dirección del antiguo gerente.

¿Podrían mandarnos una copia en PDF a este correo? Por favor, indiquen en la factura nuestro número de pedido (PED-2026-118, revisión de la calefacción del pabellón), ya que sin él no podemos tramitarla para pago.

Gracias y un saludo,

Rosa María Cebrián
Administración
Colegio Santa Engracia
Tel. 976 23 45 18"""),

    dict(id="s16es007", date="2026-12-16T17:05", fmt="gmail", stage="reminder", ago=2,
         inv="FV-2026/0820", amt="148,50", due="2026-11-30",
         frm="Peluqueria Marisa <peluqueriamarisa.delicias@gmail.com>",
         intent="promise",
         note="'Despues de reyes' is a window, not a day: no promise_date.",
         body="""hola, si ya se que la tengo pendiente. ahora en navidades no paro y no me da la vida, despues de reyes te la pago sin falta

marisa"""),

    dict(id="s16es008", date="2026-12-17T11:30", fmt="tb", stage="second_reminder", ago=2,
         inv=[("FV-2026/0712", "420,00", "2026-10-31"), ("FV-2026/0768", "186,35", "2026-11-15")],
         frm="Fincas Aragón Administración <contabilidad@fincasaragon.es>",
         intent="paid", paid_on="2026-12-03",
         note="Both invoices paid by transfer on 3 December; proof attached.",
         body="""Buenos días,

Comprobamos que las dos facturas que nos reclaman, la FV-2026/0712 (mantenimiento de la sala de calderas) y la FV-2026/0768 (reparación de la bomba), de la Comunidad de Propietarios Pº Sagasta 54, se abonaron en una única transferencia el pasado 3 de diciembre por un total de 606,35 €.

Les adjunto el justificante del banco. Es posible que no hayan podido identificarla porque en el concepto figura solo "CP SAGASTA 54". Les agradeceríamos que lo revisen y nos confirmen.

Saludos cordiales,

Javier Lacambra
Dpto. Contabilidad
Fincas Aragón Administración, S.L.
Pº Sagasta 12, 1º - 50006 Zaragoza
Tel. 976 21 90 44"""),

    dict(id="s16es009", date="2026-12-18T12:10", fmt="html_gmail", stage="reminder", ago=1,
         inv="FV-2026/0838", amt="3.150,00", due="2026-12-10",
         frm="Hotel Pirineos Jaca - Administración <admin@hotelpirineosjaca.com>",
         intent="promise", promise_date="2026-12-28",
         note="Will pay on the 28th with the end-of-month run (December, written 18 December).",
         body="""Hola buenos días,

Sí, la tenemos contabilizada. La pagaremos el día 28 junto con el resto de proveedores, que es cuando hacemos la remesa de fin de mes.

Saludos y felices fiestas,

Nuria Bescós
Administración
Hotel Pirineos ***
Av. Regimiento de Galicia 5, Jaca (Huesca)
974 36 12 80"""),

    dict(id="s16es010", date="2026-12-21T09:05", fmt="ooo", stage="reminder", ago=3,
         inv="FV-2026/0829", amt="612,40", due="2026-12-05",
         frm="Raúl Gimeno <rgimeno@talleresgimeno.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away 21 December to 8 January inclusive (Friday); first working day back is Monday 11 January.",
         body="""Hola,

Estoy de vacaciones del 21 de diciembre al 8 de enero, ambos inclusive. Durante estos días no leeré el correo.

Para pedidos o temas urgentes llamad a la nave: 976 18 33 02.

Felices fiestas,
Raúl Gimeno
Talleres Gimeno e Hijos, S.L."""),

    dict(id="s16es011", date="2026-12-21T16:40", fmt="gmail", stage="firm", ago=4, fwd=True,
         inv="FV-2026/0761", amt="5.420,00", due="2026-11-10",
         frm="Pilar Sanz | Construcciones Alfajarín <psanz@construccionesalfajarin.es>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: paid on 15 January.",
         body="""Buenas tardes,

Os reenvío lo que me contesta Javier sobre vuestra reclamación.

Un saludo,
Pilar Sanz
Administración - Construcciones Alfajarín, S.L.
976 10 05 71

---------- Forwarded message ---------
De: Javier Alfajarín <jalfajarin@construccionesalfajarin.es>
Date: lun, 21 dic 2026 a las 15:58
Subject: Re: Tercer aviso: factura FV-2026/0761 impagada
To: Pilar Sanz <psanz@construccionesalfajarin.es>

Pilar, diles que la del clima de la obra de Utebo se paga el 15 de enero, que ahora hasta que no nos pague la promotora no hay caja. Sin falta el 15.

J.

Enviado desde mi móvil"""),

    dict(id="s16es012", date="2026-12-22T10:20", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="FV-2026/0795", amt="1.180,00", due="2026-11-28",
         frm="Departamento de Compras - Logística Ebro Norte <compras@logisticaebronorte.com>",
         intent="dispute",
         note="Contests the amount: billed 1.180 € against an accepted quote of 940 €; asks for a credit note.",
         body="""Estimados señores:

En relación con su recordatorio sobre la factura FV-2026/0795, les comunicamos que no podemos proceder a su pago en los términos actuales.

El presupuesto aceptado por nuestra parte (ref. P-26-0411, de fecha 2 de octubre) ascendía a 940,00 € más IVA para la sustitución de las dos unidades de aire acondicionado de la oficina de tráfico. La factura recibida, sin embargo, asciende a 1.180,00 € e incluye 6 horas adicionales de mano de obra y material que en ningún momento fueron solicitados ni aprobados por este departamento.

Les rogamos que emitan una factura rectificativa ajustada al presupuesto o, en su caso, nos remitan la justificación de los trabajos adicionales firmada por nuestro responsable de mantenimiento. Una vez recibida, la tramitaremos en el siguiente ciclo de pagos.

Atentamente,

Marta Iriarte Gállego
Responsable de Compras
Logística Ebro Norte, S.A.
Polígono Plaza, C/ Tarento 8 - 50197 Zaragoza
T. +34 976 77 14 90 | www.logisticaebronorte.com

Antes de imprimir este correo, piense si es necesario. El medio ambiente es cosa de todos."""),

    dict(id="s16es013", date="2026-12-23T13:00", fmt="none", stage="reminder", ago=2,
         inv="FV-2026/0847", amt="890,00", due="2026-12-12",
         frm="Óptica Visión Delicias <info@opticavisiondelicias.es>",
         intent="bank_details",
         note="Received an email announcing a new IBAN; wants the change confirmed before paying.",
         body="""Hola buenas,

Antes de pagar la factura quería confirmar una cosa con vosotros. La semana pasada nos llegó un correo, supuestamente vuestro, diciendo que habíais cambiado de banco y que a partir de ahora pagáramos a una cuenta del Banco Sabadell que empieza por ES71 0081...

Me extraña porque siempre os hemos pagado a la de Ibercaja y en vuestra factura sigue saliendo esa. ¿Es verdad que habéis cambiado de cuenta? No quiero hacer la transferencia a donde no es, que ya nos han contado casos.

Si me podéis llamar mejor, al 976 53 20 77, pregunta por Elena.

Gracias"""),

    dict(id="s16es014", date="2026-12-28T09:30", fmt="gmail", stage="reminder", ago=4,
         inv="FV-2026/0851", amt="96,80", due="2026-12-14",
         frm="Alberto Marín <albertomarin.zgz@gmail.com>",
         intent="paid", paid_on="2026-12-28",
         note="Has just paid by card through the link in the reminder (28 December).",
         body="""Hola,

Acabo de pagarla con tarjeta desde el enlace del correo, me ha llegado la confirmación. Era la revisión del split, ¿no? Pues ya está.

Un saludo
Alberto"""),

    dict(id="s16es015", date="2026-12-29T11:11", fmt="apple", stage="second_reminder", ago=1,
         inv="FV-2026/0783", amt="734,25", due="2026-11-20",
         frm="Carmen Royo Bernal <carmenroyo@icloud.com>",
         intent="other",
         note="Passed the reminder to her tax adviser (gestoría), who handles payments; no commitment.",
         body="""Buenos días,

Yo no llevo los pagos de la tienda, lo lleva todo mi gestoría. Les he reenviado su correo para que lo revisen ellos, ya les dirán algo.

Un saludo,
Carmen Royo
Mercería La Aguja

Enviado desde mi iPad"""),

    dict(id="s16es016", date="2026-12-30T18:20", fmt="gmail", stage="firm", ago=2,
         inv="FV-2026/0779", amt="1.012,00", due="2026-11-18",
         frm="Instalaciones Electricas Borobia <ie.borobia@hotmail.com>",
         intent="promise", promise_date="2027-01-04",
         note="'El lunes 4' written on 30 December = Monday 4 January 2027.",
         body="""Buenas tardes

Perdonar el retraso, me han pagado tarde a mi tambien una obra grande y voy arrastrando. El lunes 4 os hago la tranferencia sin falta de toda la factrua, no hace falta que me mandeis mas avisos

Un saludo y feliz año
Jose Luis Borobia
678 40 12 55"""),

    dict(id="s16es017", date="2027-01-04T08:50", fmt="bounce", stage="reminder",
         inv="FV-2026/0866", amt="455,00", due="2026-12-18",
         rcpt="compras@suministrosmallen.es", status="5.1.1",
         remote="suministrosmallen-es.mail.protection.outlook.com",
         diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found [AM6PR02MB4421.eurprd02.prod.outlook.com]",
         intent="bounce",
         note="Delivery failure: recipient address not found at the debtor's mail server.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
compras@suministrosmallen.es

The recipient's mail server rejected the message: 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found. The address may have been removed or mistyped."""),

    dict(id="s16es018", date="2027-01-04T12:35", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="FV-2026/0817", amt="2.206,90", due="2026-12-02",
         frm="Susana Arbe <sarbe@grupoarbe.es>",
         intent="contact_change", new_email="facturas@grupoarbe.es",
         note="From January invoices and reminders must go to facturas@grupoarbe.es.",
         body="""Buenos días,

Les informo de que, desde el 1 de enero, Grupo Arbe centraliza la recepción de facturas y reclamaciones de proveedores en un único buzón: facturas@grupoarbe.es

Les ruego que actualicen sus datos y envíen allí tanto esta factura como los próximos avisos. Los correos que lleguen a direcciones personales no se tramitarán.

Gracias,

Susana Arbe Pueyo
Dirección Financiera
GRUPO ARBE
Camino de las Torres 82, 50008 Zaragoza
+34 976 38 60 60"""),

    dict(id="s16es019", date="2027-01-05T10:02", fmt="tb", stage="second_reminder", ago=1,
         inv="FV-2026/0806", amt="1.598,00", due="2026-11-30",
         frm="Coop. Agrícola San Miguel <oficina@coopsanmiguel.es>",
         intent="paid", paid_on="2026-12-30",
         note="Transfer made on 30/12/2026 according to the reply.",
         body="""Buenos días,

La factura FV-2026/0806 (reparación de la cámara frigorífica del almacén) se pagó por transferencia el 30/12/2026 desde nuestra cuenta de Caja Rural de Aragón. Como fue a final de año quizá todavía no la vean reflejada.

Si dentro de unos días siguen sin tenerla, avisadnos y os mando el justificante.

Saludos,
Ángel Pérez
Oficina - Cooperativa Agrícola San Miguel de Ejea
Tel. 976 66 04 15"""),

    dict(id="s16es020", date="2027-01-07T09:15", fmt="ooo", stage="reminder", ago=0,
         inv="FV-2026/0872", amt="3.876,00", due="2026-12-22",
         frm="Gestión Económica - Residencia Los Olivos <economico@residencialosolivos.es>",
         intent="out_of_office", return_date="2027-01-12",
         note="Auto-reply: back on Tuesday 12 January.",
         body="""Gracias por su mensaje.

En estos momentos no me encuentro en la oficina. Regreso el martes 12 de enero y atenderé su correo lo antes posible.

Si su consulta es urgente, puede llamar a recepción de la residencia: 976 44 71 30.

Marisa Lafuente
Gestión Económica
Residencia Los Olivos"""),

    dict(id="s16es021", date="2027-01-07T13:40", fmt="gmail", stage="reminder", ago=3,
         inv="FV-2026/0858", amt="214,78", due="2026-12-19",
         frm="Daniel Sarasa <dsarasa@gmail.com>",
         intent="dispute",
         note="Travel charge billed twice; will pay once a corrected invoice is sent.",
         body="""Hola,

Revisando la factura veo que me habéis cobrado el desplazamiento dos veces (dos líneas de "Desplazamiento zona urbana" de 35 € cada una). El técnico vino una sola vez, el día 2, y tardó una hora en cambiar el ventilador de la caldera.

Mandadme la factura corregida y la pago enseguida, pero así no.

Gracias
Daniel Sarasa"""),

    dict(id="s16es022", date="2027-01-08T17:50", fmt="apple", stage="second_reminder", ago=2,
         inv="FV-2026/0834", amt="530,00", due="2026-12-09",
         frm="Toño Gracia <tgracia.fisio@icloud.com>",
         intent="promise",
         note="'La semana que viene' is a window only: no promise_date.",
         body="""Perdona Lucía, se me pasó con las fiestas. La semana que viene sin falta te hago la transferencia.

Toño

Enviado desde mi iPhone"""),

    dict(id="s16es023", date="2027-01-11T10:30", fmt="html_gmail", stage="firm", ago=3,
         inv=[("FV-2026/0736", "1.420,00", "2026-10-30"), ("FV-2026/0799", "865,00", "2026-11-27")],
         frm="La Tasca de Anselmo <latascadeanselmo@gmail.com>",
         intent="plan_request",
         note="Asks to pay the two invoices in instalments; no amounts or dates committed.",
         body="""Buenos días,

Os escribo por las dos facturas pendientes. Os soy sincero: el otoño ha sido muy malo, las obras del tranvía nos han tenido la calle cortada casi tres meses y ahora mismo no puedo pagar las dos de golpe.

¿Sería posible pagarlo en varios plazos? Decidme vosotros cómo lo veis y lo que necesitáis. No quiero dejar de trabajar con vosotros, el mantenimiento de la cocina siempre lo habéis llevado muy bien.

Gracias,
Anselmo Lorente
La Tasca de Anselmo
C/ Predicadores 11 - Zaragoza
622 30 48 19"""),

    dict(id="s16es024", date="2027-01-11T12:00", fmt="outlook", stage="second_reminder", ago=5,
         inv="FV-2026/0825", amt="6.934,50", due="2026-12-04",
         frm="Supplier Accounting Spain <ap.spain@hexaplast-group.com>",
         intent="copy_request",
         note="Payment blocked until the signed work report (parte de trabajo) is received.",
         body="""Buenos días:

Hemos recibido su reclamación de la factura FV-2026/0825. La factura se encuentra registrada pero bloqueada para pago, ya que según nuestro procedimiento interno es necesario adjuntar el parte de trabajo firmado por el responsable de planta (Sr. Miguel Ansón) y el número de pedido SAP 4500287713.

Les rogamos nos remitan el parte firmado respondiendo a este correo, indicando en el asunto el número de factura. Una vez recibido, la factura se liberará en el siguiente ciclo de pago.

Saludos cordiales / Best regards,

Lorena Badía
Accounts Payable - Spain
Hexaplast Iberia, S.L.U.
Pol. Ind. Malpica, calle E, 50016 Zaragoza
Tel. +34 976 46 90 00

This e-mail and any attachments are confidential and intended solely for the addressee. Este mensaje es confidencial y va dirigido únicamente a su destinatario."""),

    dict(id="s16es025", date="2027-01-12T09:40", fmt="html_outlook", stage="final_notice", ago=4,
         inv=[("FV-2026/0701", "2.780,00", "2026-10-15"), ("FV-2026/0759", "1.133,20", "2026-11-09")],
         frm="Administración Concursal Muebles Casaus <concursal.casaus@lexconcursal.es>",
         intent="other",
         note="Debtor is in insolvency proceedings: the claim must be lodged with the insolvency administrator, no payment now.",
         body="""Muy Sres. míos:

Me dirijo a ustedes en mi condición de administrador concursal de MUEBLES CASAUS, S.L., declarada en concurso voluntario de acreedores por Auto del Juzgado de lo Mercantil nº 1 de Zaragoza de fecha 14 de diciembre de 2026 (Concurso Ordinario 812/2026).

Como consecuencia de la declaración de concurso, y conforme a lo dispuesto en el texto refundido de la Ley Concursal, la sociedad no puede atender el pago de créditos anteriores a dicha fecha fuera del procedimiento. Las facturas a las que se refiere su comunicación (FV-2026/0701 y FV-2026/0759) tienen la consideración de créditos concursales.

Para que su crédito sea reconocido deberán comunicarlo a esta administración concursal en el plazo de un mes desde la publicación del auto en el BOE, a la dirección de correo electrónico indicada en este mensaje, aportando copia de las facturas y de los documentos que justifiquen la deuda.

Les ruego, asimismo, que se abstengan de iniciar reclamaciones judiciales o extrajudiciales individuales contra la concursada.

Atentamente,

Ignacio Bellido Ferrer
Abogado - Administrador Concursal
LEX CONCURSAL ARAGÓN, S.L.P.
C/ Costa 2, 5º izda. - 50001 Zaragoza
Tel. 976 22 81 40

La información contenida en este mensaje es confidencial y está protegida por el secreto profesional. Si usted no es el destinatario, le rogamos lo comunique al remitente y proceda a su eliminación."""),

    dict(id="s16es026", date="2027-01-12T19:05", fmt="gmail", stage="second_reminder", ago=1,
         inv="FV-2026/0861", amt="275,00", due="2026-12-16",
         frm="Kike Mainar <kikemainar@gmail.com>",
         intent="paid", paid_on="2027-01-08",
         note="'Lo hice el viernes' written Tuesday 12 January = Friday 8 January.",
         body="""ya esta pagado, lo hice el viernes por transferencia. miradlo bien antes de mandar otro aviso porfa"""),

    dict(id="s16es027", date="2027-01-13T08:20", fmt="ooo", stage="firm", ago=1,
         inv="FV-2026/0788", amt="1.947,00", due="2026-11-23",
         frm="Patricia Lalana <plalana@asesorialalana.es>",
         intent="out_of_office", return_date="2027-01-20",
         note="Auto-reply: available again from 20 January.",
         body="""Hola, gracias por tu correo.

Estoy fuera de la oficina por motivos personales y volveré a estar disponible a partir del miércoles 20 de enero. Tu mensaje no se reenviará automáticamente.

Para cualquier gestión urgente escribe a oficina@asesorialalana.es o llama al 976 35 22 09.

Patricia Lalana
Asesoría Lalana"""),

    dict(id="s16es028", date="2027-01-14T11:25", fmt="gmail", stage="reminder", ago=2,
         inv="FV-2026/0876", amt="1.089,00", due="2026-12-28",
         frm="Estudio de Danza Aire <estudiodanzaaire@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="'A final de mes' written 14 January = 31 January; the side question about sending the PDF to the accountant does not block payment.",
         body="""Hola!

Vale, la pago a final de mes, que es cuando cobramos las cuotas de las alumnas.

Una pregunta, ¿podéis mandar también la factura en PDF a mi gestor? Es gestoria@bernuesasesores.es, que siempre me pide las facturas y luego no las encuentro.

Gracias!!
Irene - Estudio de Danza Aire"""),

    dict(id="s16es029", date="2027-01-15T16:00", fmt="tb", stage="firm", ago=3,
         inv="FV-2026/0740", amt="320,00", due="2026-11-03",
         frm="Gregorio Sancho <gsancho@telefonica.net>",
         intent="unsubscribe",
         note="Asks to stop the automatic reminder emails.",
         body="""Señores,

Les ruego que me den de baja de estos correos automáticos. Es el cuarto que recibo y no tengo por costumbre tratar mis asuntos con una máquina.

Si tienen algo que decirme, llámenme por teléfono como se ha hecho toda la vida.

Gregorio Sancho"""),

    dict(id="s16es030", date="2027-01-18T09:10", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FV-2026/0815", amt="1.200,00", due="2026-12-01",
         frm="Club Deportivo Actur <tesoreria@cdactur.org>",
         intent="paid", paid_on="2027-01-18",
         note="Partial payment: 600 € of 1.200 € transferred today; rest when the grant arrives (no date).",
         body="""Buenos días,

Os informamos de que hoy hemos hecho una transferencia de 600 € a cuenta de la factura FV-2026/0815 (revisión de la caldera y los termos de los vestuarios).

El resto, los otros 600 €, os lo pagaremos en cuanto nos ingrese el Ayuntamiento la subvención de 2026, que se está retrasando. Somos un club pequeño y vamos muy justos de tesorería, esperamos que lo entendáis.

Un saludo,

Carlos Monreal
Tesorero
Club Deportivo Actur
tesoreria@cdactur.org · 659 02 77 41"""),

    dict(id="s16es031", date="2027-01-18T13:45", fmt="gmail", stage="heads_up", ago=1,
         inv="FV-2027/0012", amt="118,58", due="2027-01-25",
         frm="Frutas Hermanos Lahoz <frutaslahoz@gmail.com>",
         intent="bank_details",
         note="Announces its own new bank account for the direct debit of future receipts.",
         body="""Buenas,

Os escribo porque hemos cambiado de banco y la cuenta antigua de Bantierra la cerramos a final de mes. Para que no os devuelvan el recibo del mantenimiento de las cámaras, cargadlo a partir de ahora en la cuenta nueva:

ES42 2085 0137 4103 3012 5567 (Ibercaja)
Titular: Frutas Hermanos Lahoz, S.C.

Si necesitáis que os firme una orden SEPA nueva me decís.

Gracias
Mari Carmen Lahoz
Mercado Central, puesto 42"""),

    dict(id="s16es032", date="2027-01-19T10:05", fmt="apple", stage="reminder", ago=1,
         inv="FV-2026/0869", amt="2.662,00", due="2026-12-20",
         frm="Sofía Garcés | Garcés Arquitectura <sofia@garcesarquitectura.com>",
         intent="promise", promise_date="2027-01-25",
         note="Payment scheduled for 25 January.",
         body="""Hola, buenos días:

Disculpad, en diciembre cerramos el estudio dos semanas y se quedó sin tramitar. Ya la he dejado programada en el banco para el 25 de enero.

Un abrazo,

Sofía Garcés Urrea
Garcés Arquitectura
C/ San Miguel 18, pral.
50001 Zaragoza
T. 976 79 31 64 · M. 639 88 21 07"""),

    dict(id="s16es033", date="2027-01-20T12:30", fmt="outlook", stage="firm", ago=2,
         inv="FV-2026/0772", amt="968,00", due="2026-11-16",
         frm="Alfonso Pemán <apeman@administracionespeman.es>",
         intent="contact_change", new_email="comunidades@fincasebro.es",
         note="No longer manages the owners' community; reminders must go to the new property manager.",
         body="""Buenos días:

Les comunico que desde el 1 de enero esta administración ya no gestiona la Comunidad de Propietarios de la C/ Sobrarbe 23. En la junta de diciembre se nombró un nuevo administrador: Fincas Ebro, S.L.

Les ruego que dirijan esta factura y cualquier reclamación posterior a comunidades@fincasebro.es. Ya les hemos traspasado toda la documentación de la comunidad, incluidas las facturas pendientes.

Un saludo,

Alfonso Pemán
Administraciones Pemán
Colegiado nº 318 CAF Aragón
Tel. 976 29 14 50"""),

    dict(id="s16es034", date="2027-01-21T09:00", fmt="ooo", stage="second_reminder", ago=1,
         inv="FV-2026/0849", amt="4.235,00", due="2026-12-11",
         frm="Jorge Ubieto <jorge.ubieto@nordtrans-logistics.com>",
         subj="Respuesta automática: Fuera de la oficina / Out of office",
         intent="out_of_office", return_date="2027-01-25",
         note="Bilingual auto-reply; back on Monday 25 January.",
         body="""Hola,

Estoy de viaje hasta el viernes 22 de enero con acceso limitado al correo. Estaré de vuelta en la oficina el lunes 25 de enero. Para temas de facturación, contactad con accounting.es@nordtrans-logistics.com.

---

Hello,

I am travelling until Friday 22 January with limited access to email. I will be back in the office on Monday 25 January. For invoicing matters, please contact accounting.es@nordtrans-logistics.com.

Jorge Ubieto
Facility Manager Iberia
Nordtrans Logistics Spain, S.L."""),

    dict(id="s16es035", date="2027-01-21T18:30", fmt="gmail", stage="reminder", ago=2,
         inv="FV-2027/0005", amt="165,00", due="2027-01-08",
         frm="Laura Gil <lauragilmoreno@gmail.com>",
         intent="other",
         note="Wrong recipient: says she is not a customer and has no invoice with the firm.",
         body="""Hola, creo que os habéis equivocado de persona. Yo no tengo ninguna factura con vosotros ni me habéis hecho ningún trabajo, vivo en Huesca y no os conozco de nada.

Supongo que será otra Laura Gil. Revisad el correo que tenéis apuntado, por favor.

Saludos"""),

    dict(id="s16es036", date="2027-01-22T11:50", fmt="html_gmail", stage="second_reminder", ago=3,
         inv=[("FV-2026/0863", "742,00", "2026-12-17"), ("FV-2026/0880", "308,55", "2026-12-30")],
         frm="Marcos Lapuente - Panadería Lapuente <pedidos@panaderialapuente.es>",
         intent="promise", promise_date="2027-01-27",
         note="'El próximo miércoles' written Friday 22 January = Wednesday 27 January; covers both invoices.",
         body="""Buenos días,

Recibido. Las dos facturas (la del horno del obrador y la de la revisión de diciembre) os las pagamos juntas el próximo miércoles, que es cuando entra el pago de los colegios.

Gracias por la paciencia,
Marcos Lapuente
Panadería Lapuente
Av. de Madrid 205 · 976 33 40 61"""),

    dict(id="s16es037", date="2027-01-25T09:35", fmt="tb", stage="final_notice", ago=3,
         inv="FV-2026/0726", amt="1.573,00", due="2026-10-22",
         frm="Ricardo Abadía Bueno <rabadia@abadiabuenoabogados.com>",
         intent="dispute",
         note="Contests the invoice: the maintenance contract was cancelled in writing in September; rejects the monitorio threat.",
         body="""Señores de Climatización Moncayo:

Me sorprende enormemente recibir un "último aviso" amenazándome con un procedimiento monitorio por una factura que no debo.

Les recuerdo que el contrato de mantenimiento anual del despacho se canceló por escrito mediante burofax de fecha 8 de septiembre de 2026, cuyo acuse de recibo obra en mi poder. La factura FV-2026/0726 corresponde a la cuota del último trimestre de 2026, es decir, a un periodo posterior a la cancelación y en el que no han prestado servicio alguno.

Les ruego que anulen dicha factura y me remitan el correspondiente abono. En caso de que insistan en la reclamación, me opondré a la misma con la documentación señalada y les reclamaré las costas.

Atentamente,

Ricardo Abadía Bueno
Abadía Bueno Abogados
Pº Independencia 24, 4º - 50004 Zaragoza
Tel. 976 23 01 88"""),

    dict(id="s16es038", date="2027-01-26T14:10", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV-2026/0884", amt="199,65", due="2026-12-31",
         frm="Academia Idiomas Ribera <secretaria@academiaribera.es>",
         intent="paid", paid_on="2027-01-25",
         note="Direct debit was returned; paid by transfer yesterday (25 January).",
         body="""Hola buenas tardes,

El recibo nos lo devolvió el banco porque la domiciliación estaba todavía en la cuenta antigua, perdonad. Ayer os hice una transferencia por el importe completo (199,65 €) con el número de factura en el concepto.

Si queréis volver a domiciliar los próximos recibos, os paso la cuenta nueva en otro correo.

Un saludo,
Nieves
Secretaría - Academia Ribera"""),

    dict(id="s16es039", date="2027-01-27T10:40", fmt="outlook", stage="firm", ago=2,
         inv=[("FV-2026/0747", "3.388,00", "2026-11-06"), ("FV-2026/0810", "1.815,00", "2026-11-30"),
              ("FV-2026/0842", "726,00", "2026-12-11")],
         frm="Administración - Talleres Mecánicos Hnos. Vicente <admin@tallereshnosvicente.es>",
         intent="plan_request",
         note="Asks for a 60-day deferral or a split of the three invoices; no date committed.",
         body="""Buenos días:

Hemos recibido su aviso relativo a las tres facturas pendientes. Como ya le comenté por teléfono a su compañera, estamos pendientes de cobrar una cantidad importante de un cliente que ha entrado en preconcurso, y esto nos ha descuadrado la tesorería de enero.

Les solicitamos, si es posible, un aplazamiento de 60 días o bien fraccionar el importe en varios pagos mensuales, según les resulte más cómodo. Quedamos a la espera de su propuesta para estudiarla.

Reciban un cordial saludo,

Begoña Vicente
Administración
Talleres Mecánicos Hermanos Vicente, S.L.
Ctra. Castellón km 4,2 - 50013 Zaragoza
976 59 12 48"""),

    dict(id="s16es040", date="2027-01-28T17:20", fmt="apple", stage="final_notice", ago=1,
         inv="FV-2026/0833", amt="457,38", due="2026-12-09",
         frm="Quique Navarro <quique.navarro@me.com>",
         intent="promise", promise_date="2027-01-29",
         note="'Mañana sin falta' written Thursday 28 January = Friday 29 January.",
         body="""Mañana sin falta. Perdón por el lío.

Quique

Enviado desde mi iPhone"""),
]
