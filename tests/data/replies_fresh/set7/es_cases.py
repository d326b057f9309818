"""Spanish debtor replies to Termoclima Arlanza S.L. (part es, set 7). Each body written by hand."""

CASES = [
    dict(id="s7es001", date="2026-12-09T13:42", fmt="apple", stage="reminder", ago=2,
         inv="FV-2026-1094", amt="386,10", due="2026-11-20",
         frm="Javi Bar El Cruce <barelcruce.burgos@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer on Friday; reply is Wednesday 9 December, so Friday 11 December.",
         body="""Vale, el viernes te hago la transferencia. Esta semana con el puente voy liadisimo

Javi

Enviado desde mi iPhone"""),

    dict(id="s7es002", date="2026-12-10T10:15", fmt="outlook", stage="second_reminder", ago=3,
         inv="FV-2026-1032", amt="1.742,50", due="2026-11-15",
         frm="Marta Olmedo | Administración de Fincas <marta@olmedofincas.es>",
         intent="paid", paid_on="2026-12-09",
         note="Property manager: the community's transfer was ordered yesterday (9 December).",
         body="""Buenos días:

En relación con la factura FV-2026-1032, correspondiente a la revisión anual de la sala de calderas de la Comunidad de Propietarios C/ Vitoria 112, les informo de que ayer se ordenó la transferencia desde la cuenta de la comunidad por el importe íntegro de 1.742,50 €. Al tratarse de entidades distintas puede tardar uno o dos días hábiles en aparecerles.

En el concepto figura "CP VITORIA 112 FV-2026-1032".

Un saludo,

Marta Olmedo Sáez
Administración de Fincas Olmedo
Colegiada n.º 1.284
C/ Madrid 21, 2.º B – 09002 Burgos
Tel. 947 27 63 18 · Móvil 619 40 22 87

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo contiene información de carácter confidencial dirigida exclusivamente a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita. Si ha recibido este correo por error, le rogamos que lo notifique inmediatamente al remitente y proceda a su eliminación."""),

    dict(id="s7es003", date="2026-12-14T19:08", fmt="gmail", stage="firm", ago=4,
         inv="FV-2026-0987", amt="612,80", due="2026-10-30",
         frm="Talleres Alonso e Hijos <talleresalonso@hotmail.es>",
         intent="dispute",
         note="Contests hours and a part that was never replaced; refuses to pay until a corrected invoice is sent.",
         body="""A ver, esto ya es el colmo. Me mandáis el tercer aviso con amenazas de intereses por una factura que ya le dije a vuestro técnico que no estaba bien.

El compresor del taller lo vinieron a mirar un martes por la tarde, estuvieron hora y media y lo dejaron igual que estaba. En la factura me ponéis 4 horas de mano de obra y un presostato que no me cambiaron, el viejo sigue puesto y se lo enseño a quien quiera.

Hasta que no me mandéis una factura con lo que de verdad se hizo no pienso pagar nada. Y a ver si alguien me llama en vez de mandar correos automáticos.

Rubén Alonso
Talleres Alonso e Hijos
Ctra. de Logroño km 3 - Villafría
629 81 44 07"""),

    dict(id="s7es004", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV-2026-1103", amt="295,24", due="2026-12-01",
         frm="Administración Fisio Gamonal <administracion@fisiogamonal.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="Auto-reply: away 21 December to 8 January inclusive, back Monday 11 January.",
         body="""Gracias por su mensaje.

Estaré fuera de la oficina por vacaciones desde el 21 de diciembre hasta el 8 de enero, ambos inclusive, y no revisaré el correo durante ese periodo.

Para citas y cualquier asunto relacionado con pacientes pueden llamar a recepción al 947 22 91 40. Los temas de facturación y proveedores los atenderé a mi vuelta, el lunes 11 de enero.

Un saludo,
Lucía Barrio
Administración – Clínica de Fisioterapia Gamonal"""),

    dict(id="s7es005", date="2026-12-16T12:20", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FV-2026-1120", amt="3.918,40", due="2026-11-30",
         frm="Beatriz Gil Arnaiz <proveedores@carnicasvelasco.com>",
         intent="promise", promise_date="2027-01-25",
         note="Accounts payable: invoice approved and included in the confirming batch of 25 January.",
         body="""Buenos días,

Les confirmamos que la factura FV-2026-1120 (mantenimiento de cámaras frigoríficas, nave 2) está contabilizada y aprobada.

Como saben, nuestra forma de pago a proveedores es el confirming a 60 días fecha factura, con remesas los días 10 y 25 de cada mes. Por la fecha de emisión de su factura le corresponde la remesa del próximo 25 de enero. Recibirán la comunicación del banco unos días antes y, si les interesa, pueden anticipar el cobro desde la plataforma de confirming.

Quedamos a su disposición para cualquier aclaración.

Saludos cordiales,

Beatriz Gil Arnaiz
Contabilidad – Proveedores
Cárnicas Velasco Arlanzón S.A.
Ctra. de Madrid-Irún km 239 · 09007 Burgos
Tel. 947 41 05 30 ext. 214

Le informamos de que sus datos personales serán tratados por Cárnicas Velasco Arlanzón S.A. con la finalidad de gestionar la relación comercial, conforme al Reglamento (UE) 2016/679. Puede ejercer sus derechos de acceso, rectificación, supresión y demás en lopd@carnicasvelasco.com."""),

    dict(id="s7es006", date="2026-12-11T09:47", fmt="outlook", stage="reminder", ago=3,
         inv="FV-2026-1051", amt="2.360,00", due="2026-11-25",
         frm="Intervención - Ayuntamiento de Quintanilla del Arlanza <intervencion@quintanilladelarlanza.es>",
         intent="copy_request",
         note="Town hall: the invoice was never lodged on FACe; asks for it to be submitted there with the DIR3 codes before it can be paid.",
         body="""Buenos días:

En respuesta a su recordatorio, les comunicamos que la factura FV-2026-1051, relativa a la sustitución de la caldera del colegio público, no consta presentada en el Punto General de Entrada de Facturas Electrónicas (FACe). Al tratarse de una sociedad mercantil, están obligados a expedir y remitir factura electrónica, por lo que la copia en PDF que enviaron por correo a la alcaldía no puede tramitarse.

Les rogamos que la presenten a través de FACe indicando los siguientes códigos DIR3:

Oficina contable: L01091746
Órgano gestor: L01091746
Unidad tramitadora: L01091746

Una vez registrada y conformada por el servicio correspondiente, se procederá a su aprobación y pago dentro de los plazos legales.

Atentamente,

Noelia Ruiz Peña
Secretaría-Intervención
Ayuntamiento de Quintanilla del Arlanza
Plaza Mayor, 1 – 09348 Quintanilla del Arlanza (Burgos)
Tel. 947 17 30 05"""),

    dict(id="s7es007", date="2026-12-15T21:33", fmt="gmail", stage="reminder", ago=1,
         inv="FV-2026-1098", amt="148,83", due="2026-12-05",
         frm="Pilar Hernando <pilarhernando62@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="Household: transfer made on Monday (14 December), the day before the reply.",
         body="""Hola,

Os hice la transferencia el lunes desde la aplicación del banco, supongo que se cruzó con vuestro correo. Si no os aparece decídmelo y os mando el justificante.

Gracias y un saludo
Pilar"""),

    dict(id="s7es008", date="2026-12-17T16:05", fmt="tb", stage="firm", ago=3,
         inv="FV-2026-0956", amt="1.460,00", due="2026-10-31",
         frm="Sergio Peluqueros <sergio@sergiopeluqueros.es>",
         intent="plan_request",
         note="Freelancer asks to pay in monthly instalments; no date committed.",
         body="""Buenas tardes,

Soy Sergio, de la peluqueria de la calle San Pedro de Cardeña. Se que voy tarde con la factura del aire acondicionado y no quiero que penseis que paso del tema.

Este trimestre me ha pillado todo junto, el IVA, la cuota de autonomos que me han subido y una obra en el local, y ahora mismo no llego a pagar los 1.460 de golpe. ¿Seria posible pagarla en varios plazos? Yo iria pagando algo cada mes hasta terminar, decidme vosotros cuanto necesitariais como minimo al mes y lo miro.

Gracias de antemano,

Sergio Calvo
Sergio Peluqueros
Tel. 650 23 19 88"""),

    dict(id="s7es009", date="2026-12-23T11:10", fmt="apple", stage="second_reminder", ago=1,
         inv="FV-2026-1071", amt="232,32", due="2026-11-28",
         frm="Ángel Martín Cuesta <angel.martin.cuesta@telefonica.net>",
         intent="promise",
         note="Promises full payment 'after Reyes' (after 6 January): a window, no single day.",
         body="""Buenos días:

Disculpen el retraso con la factura de la revisión de la caldera. Con las fiestas vamos un poco justos este mes, pero después de Reyes les abono la factura completa sin falta.

Felices fiestas.

Ángel Martín"""),

    dict(id="s7es010", date="2026-12-18T10:02", fmt="outlook", stage="second_reminder", ago=4,
         inv="FV-2026-1077", amt="871,20", due="2026-11-25",
         frm="Contabilidad Policlínica San Lesmes <contabilidad@policlinicasanlesmes.es>",
         intent="bank_details",
         note="Received a suspicious change-of-IBAN email from a look-alike domain; holds payment until the firm confirms its account.",
         body="""Buenos días,

Antes de proceder al pago de la factura FV-2026-1077 queremos confirmar un dato con ustedes.

La semana pasada recibimos un correo supuestamente enviado por su departamento de administración, desde la dirección administracion@termoclima-arlanza.com (con .com, no .es), en el que se nos comunicaba un cambio de cuenta bancaria a un IBAN de otra entidad. Nos ha resultado extraño, porque en su recordatorio no se menciona nada y el enlace de pago es el de siempre.

¿Pueden confirmarnos por teléfono cuál es su número de cuenta correcto? Mientras tanto dejamos el pago retenido. Si el correo no es suyo, les recomendamos que lo revisen porque podría tratarse de un intento de fraude.

Un saludo,

Raquel Santamaría
Contabilidad
Policlínica San Lesmes, S.L.
Tel. 947 20 64 11"""),

    dict(id="s7es011", date="2026-12-22T17:45", fmt="html_gmail", stage="firm", ago=5,
         inv="FV-2026-0931", amt="1.214,00", due="2026-10-20",
         frm="Restaurante Casa Pancho <casapancho.lerma@gmail.com>",
         intent="paid", paid_on="2026-12-22",
         note="Partial payment of 600 EUR sent today; the rest promised for the end of January (secondary).",
         body="""Buenas tardes,

Hoy os he hecho una transferencia de 600 € a cuenta de la factura FV-2026-0931, la de la campana extractora de la cocina. Diciembre es buen mes para nosotros pero también es cuando más pagos tenemos (extras, proveedores, la lotería de los clientes...).

Lo que queda, 614 €, os lo pago a finales de enero. Espero que no haya problema.

Un saludo y felices fiestas,

Francisco "Pancho" Revilla
Restaurante Casa Pancho
Plaza Mayor 9, Lerma
947 17 01 26"""),

    dict(id="s7es012", date="2026-12-09T09:12", fmt="gmail", stage="reminder", ago=1,
         inv="FV-2026-1086", amt="544,50", due="2026-11-26",
         frm="Dra. Irene Cámara <irenecamara.odonto@gmail.com>",
         intent="contact_change", new_email="facturas@clinicadentalcamara.es",
         note="Dentist asks that invoices and reminders go to the clinic's billing address instead of her personal one.",
         body="""Hola,

Este es mi correo personal y se me pierden aquí las cosas entre mil mensajes. ¿Podéis mandar las facturas y los avisos de pago a facturas@clinicadentalcamara.es? Es el que lleva Marisa, de administración, y ella se encarga de los pagos.

Muchas gracias,
Irene

--
Dra. Irene Cámara Ortega
Clínica Dental Cámara
Av. de la Paz 14, bajo · Burgos
947 23 48 60"""),

    dict(id="s7es013", date="2026-12-23T08:35", fmt="ooo", stage="reminder", ago=0,
         inv=[("FV-2026-1112", "1.089,00", "2026-12-10"), ("FV-2026-1140", "363,00", "2026-12-15")],
         frm="Elena Pardo Villar <epardo@hotelespuertacastilla.com>",
         intent="out_of_office", return_date="2027-01-07",
         note="Auto-reply: out 23 December to 6 January inclusive, so back Thursday 7 January.",
         body="""Buenos días,

Me encuentro fuera de la oficina del 23 de diciembre al 6 de enero, ambos incluidos, con acceso limitado al correo electrónico.

Para cualquier asunto urgente relacionado con pagos a proveedores pueden dirigirse a mi compañero Jorge Mena (jmena@hotelespuertacastilla.com, tel. 947 25 70 00).

Les deseo unas felices fiestas.

Elena Pardo Villar
Administración y Finanzas
Hoteles Puerta de Castilla"""),

    dict(id="s7es014", date="2026-12-28T12:03", fmt="outlook", stage="second_reminder", ago=4,
         inv="FV-2026-1065", amt="968,00", due="2026-11-30",
         frm="Fincas Arlanzón Administraciones <contabilidad@fincasarlanzon.com>",
         intent="promise", promise_date="2027-01-05",
         note="Property manager: the community will pay on 5 January once the quarterly fees are collected.",
         body="""Buenos días:

Les escribo en nombre de la Comunidad de Propietarios Avda. Cantabria 47, en relación con la factura FV-2026-1065 (reparación de la bomba de circulación de la calefacción central).

La comunidad no dispone de saldo suficiente en este momento, ya que la cuota del primer trimestre se gira a los propietarios el día 2 de enero. La factura se abonará mediante transferencia el martes 5 de enero, una vez cobrados los recibos.

Disculpen las molestias.

Atentamente,

Álvaro Moral
Departamento de Contabilidad
Fincas Arlanzón Administraciones
C/ San Juan 30, 1.º – 09004 Burgos
Tel. 947 26 15 93"""),

    dict(id="s7es015", date="2027-01-08T20:14", fmt="gmail", stage="reminder", ago=2,
         inv="FV-2026-1151", amt="1.377,55", due="2026-12-28",
         frm="Luis Ángel Díez <ladiez.burgos@gmail.com>",
         intent="dispute",
         note="Community president refuses payment: the boiler repaired on the invoice keeps failing.",
         body="""Buenas noches,

Les escribo como presidente de la comunidad de Calle Calzadas 18. Me reenvía el administrador su recordatorio de la factura de la caldera y la verdad es que me ha sentado bastante mal.

Los vecinos llevamos desde Nochevieja con la calefacción parando cada dos por tres. Vinieron el 30, cambiaron la placa, cobraron 1.377 euros y el día 1 ya estaba otra vez en error. He llamado tres veces a su oficina y me dicen que el técnico está de vacaciones hasta el lunes. En el edificio hay personas mayores y un bebé.

La comunidad no va a pagar esta factura hasta que la caldera funcione como tiene que funcionar. Así se lo he dicho también al administrador.

Luis Ángel Díez
Presidente C.P. Calzadas 18
Tel. 666 30 72 14"""),

    dict(id="s7es016", date="2026-12-10T18:20", fmt="gmail", stage="reminder", ago=2,
         inv="FV-2026-1090", amt="417,45", due="2026-11-27",
         frm="Carpintería Hnos. Ibeas <carpinteriaibeas@yahoo.es>",
         intent="other",
         note="Says the reminder was forwarded to the gestoría who handles payments; no commitment, no new address for reminders.",
         body="""Buenas se lo reenvío a mi gestora que es la que lleva los pagos. Ya les dirá algo ella

Saludos"""),

    dict(id="s7es017", date="2026-12-07T11:30", fmt="outlook", stage="second_reminder", ago=3,
         inv="FV-2026-1003", amt="5.212,70", due="2026-11-05",
         frm="Cuentas a Pagar - Talleres Metálicos del Duero <cuentasapagar@tmduero.es>",
         intent="paid", paid_on="2026-12-02",
         note="Promissory note (pagaré) sent by registered mail on 2 December; its maturity date 15/01/2027 is not the label.",
         body="""Buenos días,

Les informamos de que el pago de la factura FV-2026-1003 se realizó mediante pagaré n.º 7.402.118-3 de Caja Rural de Burgos, con vencimiento 15/01/2027, que se les remitió por correo certificado el pasado 2 de diciembre a la dirección de su domicilio social (C/ López Bravo 58).

Les rogamos que nos confirmen la recepción. Si no lo hubieran recibido en los próximos días, avísennos para bloquearlo y emitir uno nuevo.

Un saludo,

M.ª Jesús Varona
Cuentas a Pagar
Talleres Metálicos del Duero, S.A.
Pol. Ind. Las Casas, parcela 12 · 42005 Soria
Tel. 975 22 81 40

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida en virtud de la legislación vigente."""),

    dict(id="s7es018", date="2026-12-09T10:40", fmt="html_outlook", stage="reminder", ago=2,
         inv="FV-2026-1081", amt="2.096,16", due="2026-11-30",
         frm="Proveedores Supermercados El Arco <proveedores@superelarco.es>",
         intent="promise", promise_date="2026-12-15",
         note="Fixed payment days 15 and 30; invoice goes into the payment run of the 15th (15 December).",
         body="""Buenos días,

Les recordamos que nuestros días de pago a proveedores son el 15 y el 30 de cada mes. La factura FV-2026-1081 llegó a nuestro departamento después del cierre del día 30, por eso no se incluyó en el último pago.

Ya está contabilizada y se abonará por transferencia el próximo día 15.

Para futuras facturas, les agradeceríamos que indicaran siempre el número de pedido y la tienda (en este caso, tienda 04 - Gamonal), ya que nos agiliza mucho la conformidad.

Un saludo,

Sonia Alcalde
Administración – Proveedores
Supermercados El Arco, S.A.
Tel. 947 48 90 12"""),

    dict(id="s7es019", date="2026-12-12T10:55", fmt="gmail", stage="heads_up", ago=3,
         inv="FV-2026-1129", amt="59,90", due="2026-12-15",
         frm="Carmen Ortega <carmenortega.b@gmail.com>",
         intent="unsubscribe",
         note="Household asks to be taken off these email notices; pays by direct debit.",
         body="""Buenos días,

Por favor, denme de baja de estos avisos por correo. El mantenimiento de la caldera lo tengo domiciliado desde hace años y el banco me lo paga solo, no necesito que me avisen cada vez que vence.

Gracias.
Carmen Ortega"""),

    dict(id="s7es020", date="2026-12-16T08:33", fmt="bounce",
         inv="FV-2026-1058", rcpt="info@restaurantelaviga.es", status="5.1.1",
         diag="550 5.1.1 <info@restaurantelaviga.es>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: the restaurant's mailbox no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@restaurantelaviga.es"""),

    dict(id="s7es021", date="2026-12-29T13:15", fmt="gmail", stage="second_reminder", ago=1,
         inv="FV-2026-1117", amt="254,10", due="2026-12-12",
         frm="Bar Los Arcos <barlosarcos.aranda@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Will come to the office tomorrow (30 December) to pay by card; side question about opening hours.",
         body="""buenas, mañana me paso por vuestra oficina de villalonquejar y lo pago con tarjeta que la app del banco no me deja hacer transferencias nuevas no se porque. a que hora abris? por la mañana mejor que por la tarde tengo el bar

Toño"""),

    dict(id="s7es022", date="2027-01-12T09:26", fmt="tb", stage="reminder", ago=1,
         inv="FV-2026-1166", amt="1.931,16", due="2026-12-31",
         frm="Electricidad Guzmán <info@electricidadguzman.es>",
         intent="paid", paid_on="2027-01-08",
         note="Freelance installer: transfer made last Friday (8 January); proof attached.",
         body="""Hola buenos dias,

La factura de los dos equipos split que os compre para la obra de la calle Vitoria os la pague por transferencia el viernes pasado, el dia 8. Os adjunto el justificante del banco (Kutxabank) para que lo podais cuadrar.

Un saludo

--
Óscar Guzmán Peña
Electricidad Guzmán - Instalaciones eléctricas y climatización
NIF 71.263.904-K
Tel. 678 54 12 30"""),

    dict(id="s7es023", date="2026-12-24T08:32", fmt="ooo", stage="reminder", ago=0,
         inv="FV-2026-1142", amt="726,00", due="2026-12-15",
         frm="Ayuntamiento de Villasur de Herreros <ayuntamiento@villasurdeherreros.es>",
         intent="out_of_office", return_date="2027-01-04",
         note="Town hall auto-reply: offices closed 24 December to 1 January, reopening Monday 4 January.",
         body="""Les informamos de que las oficinas municipales permanecerán cerradas desde el 24 de diciembre de 2026 hasta el 1 de enero de 2027, ambos inclusive. Reanudaremos la atención al público y la gestión del correo electrónico el lunes 4 de enero.

Para incidencias urgentes de servicios municipales (agua, alumbrado) pueden llamar al teléfono 947 58 40 21.

Felices fiestas.

Ayuntamiento de Villasur de Herreros"""),

    dict(id="s7es024", date="2027-01-13T11:22", fmt="apple", stage="reminder", ago=2,
         inv="FV-2026-1159", amt="462,22", due="2026-12-30",
         frm="Clínica Veterinaria Fuentecillas <admin@vetfuentecillas.es>",
         intent="copy_request",
         note="Clinic has no record of the invoice; asks for the PDF and the signed work report before paying.",
         body="""Buenos días,

No encontramos la factura FV-2026-1159 en nuestro registro de facturas recibidas. Puede que se enviara al correo antiguo de la clínica, que ya no usamos desde noviembre.

¿Nos la podéis mandar en PDF a este correo, junto con el parte de trabajo firmado del día que vino el técnico a revisar el aire del quirófano? Nuestra gestoría no contabiliza nada sin el parte. En cuanto lo tengamos la pagamos.

Gracias,

Nerea Saiz
Clínica Veterinaria Fuentecillas
C/ Santa Águeda 8 · Burgos
947 21 04 77"""),

    dict(id="s7es025", date="2027-01-14T09:50", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FV-2026-1138", amt="2.589,40", due="2026-12-20",
         frm="Departamento de Administración | Grupo Logístico Cardeña <administracion@glcardena.es>",
         intent="dispute",
         note="Invoice (2,140 + VAT) exceeds the accepted quote (1,850 + VAT); asks for a corrected invoice.",
         body="""Estimados señores:

En relación con su segundo aviso sobre la factura FV-2026-1138, les comunicamos que no podemos tramitar su pago por no ajustarse al presupuesto aceptado.

El presupuesto n.º P-26-0412, firmado por nuestra dirección de operaciones el 2 de octubre, recogía la instalación de la cortina de aire en el muelle 3 por un importe cerrado de 1.850,00 € más IVA. La factura se ha emitido por 2.140,00 € más IVA (2.589,40 € en total), sin que conste ninguna ampliación de trabajos aprobada por escrito.

Les rogamos que anulen la factura y emitan una nueva conforme al presupuesto o, en su caso, nos remitan la justificación de la diferencia debidamente aceptada. En cuanto recibamos la factura correcta se incluirá en el siguiente pago.

Atentamente,

Rocío Esteban Marijuán
Responsable de Administración
Grupo Logístico Cardeña, S.L.
Autovía A-1, salida 238 · 09195 Villagonzalo Pedernales (Burgos)
Tel. 947 29 18 00

Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida en virtud de la legislación vigente."""),

    dict(id="s7es026", date="2027-01-15T19:40", fmt="gmail", stage="firm", ago=4,
         inv="FV-2026-1084", amt="1.028,50", due="2026-11-30",
         frm="Frutas Hermanos Cuevas <frutascuevas@gmail.com>",
         intent="promise",
         note="Will pay once the insurer pays out, 'sometime this month': no single day.",
         body="""Hola buenas tardes

Perdonad que no haya contestado antes. La factura es la de la reparación de la cámara que se nos quemó el motor en noviembre, y lo tengo dado al seguro porque fue por una subida de tensión. El perito ya vino y me dicen que me ingresan la indemnización a lo largo de este mes.

En cuanto me entre el dinero del seguro os pago la factura entera, no os preocupéis, que no me voy a ningún sitio.

Un saludo
Chema Cuevas
Frutas Hnos. Cuevas - Mercado Sur puesto 14"""),

    dict(id="s7es027", date="2027-01-18T12:30", fmt="outlook", stage="firm", ago=5,
         inv="FV-2026-1125", amt="8.470,00", due="2026-12-31",
         frm="Gestión de Comunidades Santa Clara <administracion@gcsantaclara.es>",
         intent="plan_request",
         note="Property manager asks to split the boiler invoice into four monthly payments, subject to an owners' meeting; no date committed.",
         body="""Buenos días:

Me dirijo a ustedes como administradora de la Comunidad de Propietarios C/ Santa Clara 52, en relación con la factura FV-2026-1125 por la sustitución de la caldera comunitaria.

Como les comentamos en su momento, la comunidad aprobó la obra con cargo a una derrama que aún no se ha terminado de cobrar: de los 24 propietarios, seis tienen pendientes sus cuotas y dos están en reclamación judicial. Con los fondos actuales no podemos atender el importe completo.

Les solicitamos, por tanto, la posibilidad de fraccionar el pago en cuatro mensualidades. La propuesta concreta deberá ratificarla la junta extraordinaria que tenemos previsto convocar en febrero, pero nos gustaría saber antes si ustedes estarían de acuerdo y en qué condiciones.

Quedo a la espera de su respuesta.

Un cordial saludo,

Inmaculada Peña Rojo
Administradora de Fincas Colegiada n.º 1.109
Gestión de Comunidades Santa Clara
C/ Santa Clara 3, entreplanta · 09002 Burgos
Tel. 947 20 55 81"""),

    dict(id="s7es028", date="2027-01-19T10:05", fmt="apple", stage="reminder", ago=1,
         inv="FV-2027-0009", amt="96,80", due="2027-01-15",
         frm="Gonzalo Arribas <gonzaloarribas@icloud.com>",
         intent="paid", paid_on="2027-01-19",
         note="Paid by card through the link this morning.",
         body="""Pagado esta mañana con tarjeta desde el enlace. Saludos

Enviado desde mi iPhone"""),

    dict(id="s7es029", date="2027-01-14T17:10", fmt="gmail", stage="reminder", ago=3,
         inv="FV-2026-1170", amt="308,55", due="2026-12-31",
         frm="Mercería La Aguja <merceria.laaguja@hotmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Promises payment on Monday the 18th; also asks for a quote (secondary).",
         body="""Hola, buenas tardes:

Perdonad el retraso, con las rebajas no he tenido ni un minuto para sentarme a hacer papeles. La factura os la pago el lunes 18 sin falta.

Por cierto, ¿me podríais pasar presupuesto para poner un aparato de aire en el almacén de atrás? Es un cuarto pequeño, de unos 12 metros, y en verano no hay quien entre.

Muchas gracias.

Ana Belén Ruiz
Mercería La Aguja
C/ Vitoria 201 - Burgos"""),

    dict(id="s7es030", date="2026-12-30T09:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV-2026-1099", amt="181,50", due="2026-12-03",
         frm="Teresa Gómez <teresagomez.vlc@gmail.com>",
         intent="other",
         note="Wrong recipient: she is not a customer and lives in Valencia; probably a namesake.",
         body="""Buenos días:

Creo que se han confundido de dirección de correo. Me llamo Teresa Gómez pero vivo en Valencia y no he contratado nunca nada con su empresa, ni tengo caldera de gas. Es la segunda vez que me llega un aviso de esta factura.

Supongo que será otra persona con el mismo nombre. Revisen sus datos, por favor.

Un saludo,
Teresa"""),

    dict(id="s7es031", date="2027-01-20T13:02", fmt="gmail", stage="reminder", ago=2,
         inv="FV-2027-0004", amt="72,60", due="2027-01-10",
         frm="Mariano Peñalba <marianopenalba.fisio@gmail.com>",
         intent="bank_details",
         note="Debtor's direct debit bounced because he closed the account; gives his new IBAN and asks for the debit to be re-presented.",
         body="""Hola,

Me imagino que el aviso es porque os han devuelto el recibo del mantenimiento. Cerré la cuenta que tenía en Bankinter a final de año y se me pasó avisaros.

Os dejo la cuenta nueva para que me paséis el cargo otra vez y los siguientes recibos:

Titular: Mariano Peñalba Gil
IBAN: ES09 0049 4721 9023 1045 8836 (Banco Santander)

Si necesitáis que firme una orden de domiciliación nueva mandádmela y os la devuelvo firmada.

Un saludo,
Mariano Peñalba
Fisioterapeuta col. 09/0427
Tel. 609 77 35 21"""),

    dict(id="s7es032", date="2026-12-11T12:48", fmt="outlook", stage="reminder", ago=3, fwd=True,
         inv="FV-2026-1047", amt="3.146,00", due="2026-11-20",
         frm="Jaime Ortiz <jortiz@grupoalimentariocastellano.es>",
         intent="paid", paid_on="2026-11-30",
         note="Assistant forwards the treasurer's answer: paid in the transfer batch of 30 November.",
         body="""Buenos días,

Os reenvío lo que me contesta Carmen, de Tesorería. Según ella está pagada desde finales de noviembre, revisad por favor si os ha entrado con otra referencia.

Un saludo,
Jaime Ortiz
Compras – Grupo Alimentario Castellano

-----Mensaje original-----
De: Carmen Lázaro <clazaro@grupoalimentariocastellano.es>
Enviado el: jueves, 10 de diciembre de 2026 18:02
Para: Jaime Ortiz <jortiz@grupoalimentariocastellano.es>
Asunto: RE: Recordatorio Termoclima

Jaime, esa factura entró en la remesa de transferencias del 30 de noviembre, junto con las de otros 40 proveedores. En el extracto sale como "GAC PAGO PROV 30/11" y no como número de factura, puede que por eso no la localicen. Si hace falta les mando el detalle de la remesa.

Carmen"""),

    dict(id="s7es033", date="2026-12-18T08:31", fmt="ooo", stage="heads_up", ago=0,
         inv="FV-2026-1148", amt="605,00", due="2026-12-31",
         frm="Raúl Benito Arquitectura Técnica <raul@benitoarquitecturatecnica.es>",
         intent="out_of_office", return_date="2026-12-28",
         note="Auto-reply: travelling until the 27th, back Monday 28 December.",
         body="""Hola,

Estoy de viaje y sin apenas cobertura hasta el domingo 27 de diciembre. Vuelvo a la oficina el lunes 28 y contestaré vuestro correo entonces.

Si es algo de obra urgente llamad a Alberto al 620 18 44 93.

Raúl Benito
Arquitecto Técnico"""),

    dict(id="s7es034", date="2027-01-12T10:30", fmt="outlook", stage="second_reminder", ago=4,
         inv="FV-2026-1109", amt="4.840,00", due="2026-12-10",
         frm="Tesorería Ayuntamiento de Belorado <tesoreria@ayto-belorado.es>",
         intent="promise", promise_date="2027-01-22",
         note="Town hall treasury: invoice approved, payment order scheduled for 22 January.",
         body="""Buenos días:

Les comunicamos que la factura FV-2026-1109, correspondiente al mantenimiento de la climatización del centro cívico, fue aprobada por Decreto de Alcaldía el pasado 29 de diciembre.

El retraso se ha debido al cierre del ejercicio 2026. La factura está incluida en la relación de órdenes de pago que se tramitará el viernes 22 de enero, por lo que recibirán la transferencia ese mismo día o el siguiente hábil.

Atentamente,

Tesorería Municipal
Ayuntamiento de Belorado
Plaza Mayor, 1 · 09250 Belorado (Burgos)
Tel. 947 58 06 15"""),

    dict(id="s7es035", date="2027-01-21T22:47", fmt="gmail", stage="reminder", ago=3,
         inv="FV-2027-0018", amt="142,18", due="2027-01-15",
         frm="Fernando Villegas <fervillegas77@gmail.com>",
         intent="dispute",
         note="Angry household: refuses the call-out charge for a 10-minute visit that did not fix the boiler.",
         body="""me parece una verguenza. vuestro tecnico vino 10 minutos, miro la caldera, dijo que habia que pedir una pieza y se fue. y me cobrais 95 euros de desplazamiento mas la hora de mano de obra? de aqui a vuestra nave hay 15 minutos en coche

y la caldera SIGUE SIN FUNCIONAR. llevo una semana calentando agua en el microondas para bañar a mi hija

no pienso pagar esto hasta que vengais con la pieza y la arregleis. y si me volveis a mandar recordatorios pongo una reclamacion en consumo"""),

    dict(id="s7es036", date="2027-01-22T08:55", fmt="apple", stage="firm", ago=4,
         inv="FV-2026-1062", amt="739,31", due="2026-11-30",
         frm="Talleres Sedano <talleres.sedano@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="Workshop promises payment at the end of the month: 31 January.",
         body="""Buenos dias Lo se lo se, perdonad. Me han fallado dos clientes grandes con los pagos y voy apurado. A fin de mes os lo pago todo, de verdad.

Un saludo
Quique

Enviado desde mi iPhone"""),

    dict(id="s7es037", date="2026-12-16T16:30", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("FV-2026-1015", "315,81", "2026-11-10"), ("FV-2026-1042", "188,76", "2026-11-20"), ("FV-2026-1078", "450,12", "2026-11-28")],
         frm="Horno San Esteban <administracion@hornosanesteban.es>",
         intent="paid", paid_on="2026-12-14",
         note="Three invoices paid in a single transfer on 14/12.",
         body="""Buenas tardes:

Las tres facturas que aparecen en su aviso (FV-2026-1015, FV-2026-1042 y FV-2026-1078) se pagaron el 14/12 en una sola transferencia por el total, 954,69 €. En el concepto pusimos solo "HORNO SAN ESTEBAN FACTURAS NOVIEMBRE", así que puede que no les haya cuadrado automáticamente.

Un saludo,

Patricia Camarero
Horno San Esteban
C/ San Esteban 11 · Burgos
947 20 33 56"""),

    dict(id="s7es038", date="2027-01-05T09:40", fmt="html_outlook", stage="reminder", ago=1,
         inv="FV-2026-1163", amt="1.573,00", due="2026-12-30",
         frm="Ana Isabel Merino <aimerino@clinicaslaesperanza.es>",
         intent="contact_change", new_email="cuentas.proveedores@clinicaslaesperanza.es",
         note="From January, supplier invoices and reminders are handled by the head office; gives the new address.",
         body="""Buenos días,

Les informo de que, desde el 1 de enero, la gestión de facturas de proveedores de todos los centros de Clínicas La Esperanza se ha centralizado en nuestras oficinas de Valladolid. Yo ya no me encargo de los pagos del centro de Burgos.

Les ruego que a partir de ahora envíen facturas, abonos y recordatorios de pago únicamente a cuentas.proveedores@clinicaslaesperanza.es, indicando siempre el centro (Burgos – Avda. del Cid).

He reenviado su recordatorio a esa dirección para que lo revisen.

Un saludo,

Ana Isabel Merino
Coordinación Administrativa – Centro Burgos
Clínicas La Esperanza
Tel. 947 24 12 80

La información contenida en este correo electrónico es confidencial y está dirigida únicamente a su destinatario. Si lo ha recibido por error, le rogamos que nos lo comunique y lo elimine. En cumplimiento del RGPD, puede consultar nuestra política de privacidad en la web del grupo."""),

    dict(id="s7es039", date="2027-01-26T18:05", fmt="gmail", stage="second_reminder", ago=1,
         inv=[("FV-2026-1021", "233,53", "2026-11-15"), ("FV-2026-1132", "411,40", "2026-12-18"), ("FV-2027-0031", "127,05", "2027-01-20")],
         frm="Fontanería Quintana <fontaneriaquintana@outlook.es>",
         intent="copy_request",
         note="Asks for a statement of all open invoices (some already paid, he thinks) to reconcile with his accountant before paying.",
         body="""hola buenas tardes

me llegan avisos de tres facturas y yo creo que alguna de esas ya os la pague en diciembre, no se si la 1021 o otra, tengo un lio con los papeles de fin de año.

podeis mandarme un extracto con todo lo que me teneis pendiente y lo que os he pagado desde noviembre? se lo paso a mi gestor, lo cuadramos y os pago lo que falte

gracias
Dani Quintana
Fontaneria Quintana 647 09 88 15"""),

    dict(id="s7es040", date="2027-01-28T11:00", fmt="outlook", stage="final_notice", ago=3,
         inv="FV-2026-0972", amt="6.292,00", due="2026-11-15",
         frm="Dirección Financiera Conservas Arlanza <direccion.financiera@conservasarlanza.com>",
         intent="other",
         note="Debtor company is in insolvency proceedings (concurso de acreedores); the claim must be filed with the insolvency administrator.",
         body="""Muy Sres. nuestros:

Acusamos recibo de su último aviso en relación con la factura FV-2026-0972.

Les comunicamos que Conservas Arlanza, S.A. ha sido declarada en concurso voluntario de acreedores por auto del Juzgado de lo Mercantil n.º 1 de Burgos de fecha 14 de enero de 2027, publicado en el Registro Público Concursal. En virtud de lo dispuesto en la Ley Concursal, la sociedad no puede atender créditos anteriores a la declaración de concurso al margen del procedimiento.

Para el reconocimiento de su crédito, deberán comunicarlo directamente a la administración concursal, Ibarra & Santos Administradores Concursales, S.L.P., en la dirección concurso.conservasarlanza@ibarrasantos.es, en el plazo de un mes desde la publicación en el BOE, acompañando copia de la factura y de los documentos que la justifiquen.

Sin otro particular, les saluda atentamente,

Dirección Financiera
Conservas Arlanza, S.A.
Ctra. Burgos-Soria km 12 · 09620 Cuevas de San Clemente (Burgos)"""),
]
