"""Spanish debtor replies to reminders from Tecnoservicios Moncayo S.L. (Zaragoza): fontanería y calefacción,
jardinería, diseño web y mantenimiento industrial. Each reply written by hand."""

CASES = [
    dict(id="s10es001", date="2026-12-09T21:14", fmt="apple", stage="reminder", ago=1,
         inv="FV26-1042", amt="186,50", due="2026-11-30",
         frm="Javier Lahoz <jlahoz73@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Very short from a phone: will transfer on Friday (11 December).",
         body="""Vale, el viernes os lo paso por transferencia.

Enviado desde mi iPhone"""),

    dict(id="s10es002", date="2026-12-14T10:22", fmt="outlook", stage="second_reminder", ago=3,
         inv="FV26-0967", amt="1.312,40", due="2026-11-15",
         frm="Pilar Gracia Lanaspa <pgracia@graciafincas.es>",
         intent="paid", paid_on="2026-12-11",
         note="Property manager: the community's transfer was issued last Friday, the 11th.",
         body="""Buenos días:

Les informo de que la transferencia correspondiente a la factura FV26-0967 (revisión y puesta en marcha de la sala de calderas, Comunidad de Propietarios C/ Delicias 48) se emitió el pasado viernes día 11 desde la cuenta de la comunidad en Ibercaja. Deberían tenerla ya o recibirla hoy mismo.

Les adjunto el justificante por si lo necesitan para conciliar.

Saludos cordiales,

Pilar Gracia Lanaspa
Administración de Fincas Gracia & Asociados
Administradora de fincas colegiada nº 1.287
Avda. Madrid 201, 1º izda. – 50017 Zaragoza
Tel. 976 23 45 10

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si lo ha recibido por error, le rogamos que nos lo comunique y proceda a su eliminación. Sus datos son tratados por Gracia & Asociados conforme al RGPD; puede ejercer sus derechos en lopd@graciafincas.es."""),

    dict(id="s10es003", date="2026-12-16T19:40", fmt="gmail", stage="firm", ago=2,
         inv="FV26-0991", amt="428,00", due="2026-11-25",
         frm="Fernando Ruiz Aznar <fer.ruiz.aznar@gmail.com>",
         intent="dispute",
         note="Angry: the boiler still leaks after the repair; refuses to pay until it is fixed.",
         body="""¿Tercer aviso? ¿En serio?

Llamé dos veces a la oficina a finales de noviembre para decir que la caldera sigue perdiendo agua igual que antes de que vinierais. El técnico cambió una pieza, cobró 428 euros y a los tres días tenía el mismo charco debajo. Nadie me ha devuelto la llamada y lo único que recibo son correos automáticos cada vez más amenazantes.

No pienso pagar ni un euro hasta que venga alguien y deje la caldera bien. Y lo de los intereses de demora y los 40 euros ya ni lo comento.

Fernando Ruiz
C/ Sobrarbe 17, 3º B"""),

    dict(id="s10es004", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-1078", amt="2.940,00", due="2026-12-15",
         frm="Lucía Esteban Marín <lesteban@conservasdelebro.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Auto-reply: away 21 December to 6 January inclusive, back on the 7th.",
         body="""Gracias por su mensaje.

Me encuentro fuera de la oficina desde el 21 de diciembre hasta el 6 de enero, ambos inclusive, con acceso limitado al correo electrónico.

Para asuntos urgentes relacionados con pagos a proveedores pueden escribir a proveedores@conservasdelebro.es o llamar al 976 55 10 20 (ext. 214).

Un saludo,
Lucía Esteban
Conservas del Ebro S.A. – Administración"""),

    dict(id="s10es005", date="2026-12-10T12:47", fmt="html_outlook", stage="reminder", ago=2,
         inv="FV26-0932", amt="3.785,20", due="2026-11-30",
         frm="Cuentas a Pagar - Talleres Metálicos Jalón <cuentasapagar@tmjalon.com>",
         intent="promise", promise_date="2026-12-23",
         note="Payment days 10 and 25; missed today's run, will go in the next run, brought forward to 23 December.",
         body="""Buenos días,

En relación con su recordatorio, les informamos de que la factura FV26-0932 se recibió en nuestro departamento el 2 de diciembre y ya está contabilizada y conformada por el responsable de mantenimiento de planta.

Como saben, nuestros días de pago a proveedores son el 10 y el 25 de cada mes, y las facturas deben estar aprobadas con al menos cinco días hábiles de antelación para entrar en la remesa. Por este motivo no ha podido incluirse en el pago de hoy.

Irá en la próxima remesa, que con motivo de las fiestas hemos adelantado al miércoles 23 de diciembre. El abono se hará por transferencia a la cuenta que figura en su ficha de proveedor.

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Marta Gimeno Royo
Departamento de Administración – Cuentas a Pagar
Talleres Metálicos Jalón, S.A.
Polígono Industrial Malpica, calle E, nave 14 – 50016 Zaragoza
Tel. 976 57 32 00 · www.tmjalon.com

La información contenida en este correo electrónico es confidencial y está dirigida únicamente a su destinatario. Antes de imprimir este mensaje, piense si es necesario."""),

    dict(id="s10es006", date="2026-12-11T13:05", fmt="tb", stage="reminder", ago=4,
         inv="FV26-1005", amt="645,00", due="2026-11-30",
         frm="Administración Colegio Santa Engracia <administracion@colegiosantaengracia.es>",
         intent="copy_request",
         note="School never received the invoice; asks for the PDF with its purchase-order number before approval.",
         body="""Buenas tardes:

No tenemos registrada esta factura. Entiendo que corresponde a la revisión de los radiadores del pabellón de Primaria, pero no nos ha llegado ni por correo ni en papel.

¿Pueden enviárnosla en PDF indicando el número de pedido que les facilitamos (P-2026/118)? Sin el pedido no puedo pasarla a la Titularidad para su aprobación.

Gracias.

Un saludo,

Mª Carmen Lasheras
Administración
Colegio Santa Engracia
Tel. 976 39 12 44"""),

    dict(id="s10es007", date="2026-12-15T22:10", fmt="gmail", stage="second_reminder", ago=5,
         inv="FV26-0884", amt="1.960,00", due="2026-10-31",
         frm="Casa Rural El Recuenco <elrecuenco.trasmoz@gmail.com>",
         intent="plan_request",
         note="Rural guesthouse short of cash after a poor season; asks to pay in instalments, no date given.",
         body="""Hola, buenas noches.

Soy Begoña, de la casa rural El Recuenco, en Trasmoz. Siento mucho el retraso, no es dejadez. Este otoño ha sido muy flojo de reservas y entre el IBI y la reparación del tejado nos hemos quedado muy justos.

La factura de la instalación del riego está bien y la quiero pagar, pero de golpe ahora mismo no puedo. ¿Habría posibilidad de pagarla en varios plazos? Decidme cómo lo soléis hacer y me adapto.

Gracias por la paciencia.

Begoña Sanz
Casa Rural El Recuenco
646 21 87 03"""),

    dict(id="s10es008", date="2026-12-18T11:35", fmt="gmail", stage="second_reminder", ago=3,
         inv=[("FV26-0902", "520,00", "2026-11-10"), ("FV26-0977", "338,80", "2026-11-25")],
         frm="Bar Casa Pascual <barcasapascual@hotmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Partial: FV26-0902 transferred today; the other invoice promised for the 30th, which is what is still open.",
         body="""Buenos dias

acabo de hacer la transferencia de la 0902 (520 €). La otra, la de la campana extractora, os la pago el dia 30 que es cuando me entra lo del alquiler del local de abajo.

Un saludo
Pascual
Bar Casa Pascual"""),

    dict(id="s10es009", date="2026-12-09T09:52", fmt="outlook", stage="reminder", ago=2,
         inv="FV26-0958", amt="2.178,00", due="2026-11-20",
         frm="Tesorería Ayuntamiento de Borja <tesoreria@borja-ayto.es>",
         intent="bank_details",
         note="Town hall received a letter announcing a new IBAN, suspects fraud; asks the firm to confirm its account before paying.",
         body="""Buenos días,

Desde la Tesorería del Ayuntamiento nos ponemos en contacto con ustedes porque el pasado 30 de noviembre tuvo entrada en el registro un escrito, aparentemente remitido por su empresa, en el que se comunica un cambio de cuenta bancaria para el cobro de sus facturas (nueva cuenta en una entidad que no nos consta).

Antes de tramitar el pago de la factura FV26-0958 necesitamos que nos confirmen si dicho cambio es auténtico, ya que el escrito no viene firmado electrónicamente y el teléfono que figura en él no coincide con el de su empresa. En caso afirmativo, deberán aportar certificado de titularidad bancaria emitido por la entidad.

Mientras tanto, el pago queda en suspenso.

Un saludo,

Ana Belén Pardos
Intervención-Tesorería
Ayuntamiento de Borja
Pza. de España, 1 – 50540 Borja (Zaragoza)"""),

    dict(id="s10es010", date="2026-12-12T10:15", fmt="apple", stage="reminder", ago=3,
         inv="FV26-0949", amt="395,00", due="2026-11-30",
         frm="Parroquia San Miguel <parroquiasanmiguel.tz@gmail.com>",
         intent="other",
         note="Parish priest says the diocese's administration pays; has forwarded the email to them. No new address, no payment statement.",
         body="""Buenos días:

Les escribe el párroco. Desde este año las facturas de la parroquia las gestiona la administración del Obispado; yo ya no hago pagos directamente.

He reenviado su correo a la administración diocesana para que lo revisen ellos. Si necesitan algo más de mí, me pueden llamar a la casa parroquial por las mañanas.

Un saludo y feliz Adviento.

José Antonio Calvo
Párroco de San Miguel

Enviado desde mi iPad"""),
    dict(id="s10es011", date="2027-01-08T18:22", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV26-1101", amt="726,00", due="2026-12-20",
         frm="Martín Zabaleta <boulevardmoda.zgz@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Argentine shop owner, phone-typed: will transfer on Monday (11 January).",
         body="""hola, disculpá la demora, con las fiestas se me pasó por completo

el lunes a primera hora te hago la transferencia, quedate tranquilo

saludos
Martín - Boulevard Moda"""),

    dict(id="s10es012", date="2026-12-17T16:20", fmt="outlook", stage="reminder", ago=1,
         inv="FV26-0945", amt="4.102,30", due="2026-11-30",
         frm="Proveedores GLA <proveedores@grupologisticoaragones.com>",
         intent="promise", promise_date="2027-01-15",
         note="Accounts payable: invoice put in a confirming run maturing 15/01/2027, so paid that day.",
         body="""Estimados señores:

Les comunicamos que la factura FV26-0945, por importe de 4.102,30 €, ha sido incluida en la remesa de confirming emitida el 16/12/2026 a través de Banco Santander, con fecha de vencimiento 15/01/2027.

En los próximos días recibirán la comunicación de la entidad, desde la que podrán solicitar el anticipo si les interesa.

Les recordamos que nuestras condiciones de pago a proveedores son a 60 días fecha factura mediante confirming, tal como figura en las condiciones generales de compra aceptadas en su alta.

Reciban un cordial saludo.

Departamento de Administración – Proveedores
Grupo Logístico Aragonés, S.L.
PLAZA – Ronda del Canal Imperial 9, 50197 Zaragoza
proveedores@grupologisticoaragones.com"""),

    dict(id="s10es013", date="2026-12-22T10:48", fmt="gmail", stage="reminder", ago=1,
         inv="FV26-1063", amt="290,40", due="2026-12-15",
         frm="Elena Sus <elena.sus@clinicaarrabal.es>",
         intent="paid", paid_on="2026-12-22",
         note="Paid by card through the link this morning; side request to reissue the invoice to the company name.",
         body="""Hola,

Acabo de pagarlo con tarjeta desde el enlace del correo, ya me ha llegado el justificante.

Una cosa: ¿me podéis mandar la factura a nombre de la sociedad (Clínica Dental Arrabal, S.L.P.) y no a mi nombre? La gestoría me la pide así.

Gracias,

Dra. Elena Sus
Clínica Dental Arrabal
C/ Sobrarbe 40, 50015 Zaragoza · 976 73 60 18"""),

    dict(id="s10es014", date="2027-01-12T20:05", fmt="html_gmail", stage="second_reminder", ago=6,
         inv="FV26-1088", amt="1.150,00", due="2026-12-31",
         frm="Rosa María Gil <rosamgil.almendros@gmail.com>",
         intent="dispute",
         note="Community president: invoice exceeds the approved quote and the pool area was never pruned; won't pay until corrected.",
         body="""Buenas tardes,

Soy la presidenta de la Comunidad Residencial Los Almendros, de Cuarte de Huerva.

La factura que nos reclaman no coincide con el presupuesto que aprobamos en junta. El presupuesto era de 890 € más IVA por la poda de otoño de todo el jardín comunitario, incluida la zona de detrás de la piscina. La factura viene por 1.150 € y en la zona de la piscina no han tocado ni un seto; lo pueden comprobar cuando quieran, los vecinos de los bajos se lo confirmarán.

Hasta que no terminen el trabajo y nos envíen una factura ajustada a lo presupuestado, la comunidad no va a pagar.

Quedo a la espera de su respuesta.

Rosa María Gil
Presidenta – Comunidad Residencial Los Almendros"""),

    dict(id="s10es015", date="2026-12-28T08:32", fmt="ooo", stage="second_reminder", ago=0,
         inv="FV26-1049", amt="873,20", due="2026-12-10",
         frm="Secretaría Colegio Ntra. Sra. del Huerva <secretaria@colegiohuerva.es>",
         intent="out_of_office", return_date="2027-01-08",
         note="School closed for Christmas 23 December to 7 January inclusive; reopens Friday 8 January.",
         body="""Estimada familia / estimado proveedor:

El centro permanece cerrado por vacaciones de Navidad del 23 de diciembre al 7 de enero, ambos incluidos. La Secretaría y la Administración retomarán su actividad el viernes 8 de enero.

Su mensaje será atendido a partir de esa fecha.

¡Feliz Navidad!

Colegio Nuestra Señora del Huerva"""),

    dict(id="s10es016", date="2027-01-05T13:30", fmt="gmail", stage="reminder", ago=4,
         inv="FV26-1109", amt="212,30", due="2026-12-28",
         frm="Ángel Bielsa <ferreteriabielsa@telefonica.net>",
         intent="contact_change", new_email="sonia.ferreteriabielsa@gmail.com",
         note="Shop owner asks that invoices and reminders go to his daughter's address; vague 'she will pay' is secondary.",
         body="""Buenos días

A partir de ahora las facturas y todo lo de pagos lo lleva mi hija Sonia, que se ha hecho cargo de la administración de la tienda. Por favor mandad todo a su correo: sonia.ferreteriabielsa@gmail.com

Ella os pagará esta también. Yo este correo casi no lo miro.

Gracias

Ángel Bielsa
Ferretería Bielsa - Utebo"""),

    dict(id="s10es017", date="2027-01-19T11:10", fmt="tb", stage="firm", ago=5,
         inv="FV26-1021", amt="133,10", due="2026-12-05",
         frm="Ignacio Baselga <ibaselga@baselga-abogados.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automatic mailings and to be written to by post; exercises his right to object.",
         body="""Sres. de Tecnoservicios Moncayo:

Les ruego que eliminen de inmediato mi dirección de correo electrónico de sus envíos automáticos. No he autorizado que se me remitan avisos de este tipo por este medio y no deseo seguir recibiéndolos.

Cualquier comunicación que consideren necesario dirigirme, háganla por escrito a mi despacho profesional, C/ Costa 6, 4º, 50001 Zaragoza.

A estos efectos, ejerzo mi derecho de oposición al tratamiento de mis datos con esta finalidad conforme al art. 21 del RGPD.

Atentamente,

Ignacio Baselga Uriol"""),

    dict(id="s10es018", date="2026-12-29T17:02", fmt="apple", stage="reminder", ago=1,
         inv="FV26-1097", amt="484,00", due="2026-12-20",
         frm="Daniel Orús <hola@danielorus.com>",
         intent="promise",
         note="Freelance photographer will pay 'después de Reyes' once clients pay him: a window, no single day.",
         body="""Hola!

Perdonad, se me ha ido de las manos con las fiestas. Os lo pago después de Reyes, en cuanto me paguen un par de clientes que tengo pendientes.

Un abrazo,
Dani

—
Daniel Orús Fotografía
667 30 19 52 · danielorus.com"""),

    dict(id="s10es019", date="2027-01-14T08:12", fmt="none", stage="second_reminder", ago=1,
         inv="FV26-1114", amt="157,30", due="2026-12-31",
         frm="pili.marco65@hotmail.es",
         intent="paid", paid_on="2027-01-11",
         note="Phone-typed with typos: paid on Monday (11 January) at a cash machine.",
         body="""ya esta pagado lo hize el lunes por el cajero de ibercaja, si no os a llegado decirmelo y os mando foto del papel

Enviado desde mi Galaxy"""),

    dict(id="s10es020", date="2026-12-10T08:34", fmt="bounce", stage="reminder",
         inv="FV26-1030", amt="245,00", due="2026-11-25",
         rcpt="info@jardinerialoscipreses.es", status="5.2.2",
         diag="552 5.2.2 <info@jardinerialoscipreses.es>: Mailbox full - quota exceeded",
         remote="mx1.hostinet.es",
         intent="bounce",
         note="Delivery failure: the debtor's mailbox is full.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

info@jardinerialoscipreses.es

The recipient's mailbox is full and can't accept messages now. The message was not delivered."""),
    dict(id="s10es021", date="2027-01-07T19:30", fmt="gmail", stage="reminder", ago=2,
         inv="FV26-1081", amt="360,00", due="2026-12-20",
         frm="Luis Cebrián <tesoreria.avvoliver@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Association treasurer: board meets Thursday 14th, transfer the next day, Friday 15 January.",
         body="""Hola,

Soy Luis, el tesorero de la Asociación de Vecinos Barrio Oliver. Por estatutos, cualquier pago de más de 300 euros necesita el visto bueno de la junta directiva, y la próxima reunión es el jueves 14.

En cuanto se apruebe hago la transferencia, al día siguiente, el viernes 15. Perdonad tanta formalidad, pero así funcionamos.

Un saludo,

Luis Cebrián
Tesorero – AVV Barrio Oliver"""),

    dict(id="s10es022", date="2027-01-11T12:15", fmt="html_outlook", stage="firm", ago=4,
         inv="FV26-0915", amt="5.566,00", due="2026-11-20",
         frm="Tesorería Municipal <tesoreria@alagon-ayto.es>",
         intent="paid", paid_on="2026-12-22",
         note="Town hall treasurer: payment ordered by transfer on 22 December 2026, after approval by mayoral decree.",
         body="""Buenos días:

En contestación a su escrito de reclamación, les comunico que la factura FV26-0915, presentada a través de FACe con número de registro contable 2026/1784, fue aprobada por Decreto de Alcaldía n.º 412/2026, y que el pago se ordenó el pasado 22 de diciembre de 2026 mediante transferencia desde la cuenta municipal en Caja Rural de Aragón (relación de transferencias R-2026/58).

Les adjunto copia de la orden de pago. Les ruego que comprueben sus registros y, en su caso, anulen la reclamación de intereses de demora y costes de cobro, ya que el pago se efectuó dentro del plazo legal computado desde la aprobación de la factura.

Atentamente,

Carlos Embid Lafuente
Tesorero
Ayuntamiento de Alagón
Plaza de España, 1 · 50630 Alagón (Zaragoza)

De conformidad con la normativa de protección de datos, le informamos de que sus datos forman parte de un tratamiento cuyo responsable es el Ayuntamiento de Alagón, con la finalidad de gestionar la relación administrativa. Puede ejercer sus derechos ante el Delegado de Protección de Datos en dpd@alagon-ayto.es."""),

    dict(id="s10es023", date="2026-12-14T09:40", fmt="outlook", stage="reminder", ago=4,
         inv="FV26-1011", amt="968,00", due="2026-11-30",
         frm="Intervención Ayuntamiento de La Muela <intervencion@lamuela-ayto.es>",
         intent="copy_request",
         note="Town hall has no record of the invoice; asks for it to be filed as an e-invoice through FACe with its DIR3 codes before it can pay.",
         body="""Buenos días.

En el registro contable de facturas de este Ayuntamiento no consta la factura FV26-1011 que nos reclaman.

Les recordamos que, como sociedad mercantil, están obligados a presentar sus facturas a las Administraciones Públicas en formato electrónico a través de la plataforma FACe, con los siguientes códigos DIR3:

Oficina contable: L01501744
Órgano gestor: L01501744
Unidad tramitadora: L01501744

Las facturas recibidas en PDF por correo electrónico no pueden tramitarse. Una vez presentada y conformada por el servicio de Parques y Jardines, se procederá al pago en el plazo legal.

Un saludo.

Intervención Municipal
Ayuntamiento de La Muela
Tel. 976 14 40 01"""),

    dict(id="s10es024", date="2027-01-20T10:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV26-1119", amt="1.089,00", due="2027-01-10",
         frm="Carmen Lapuente <carmen@almazaralapuente.es>",
         intent="dispute",
         note="Web project not finished (contact form, English version, payment gateway); withholds the second 50% until it works.",
         body="""Buenos días,

Antes de pagar el segundo 50 % del proyecto de la web necesitamos que esté terminada, que es lo que acordamos. A día de hoy:

- el formulario de contacto no envía nada (lo hemos probado tres personas distintas),
- la versión en inglés sigue con los textos de prueba,
- la pasarela de pago de la tienda da error con tarjetas Visa.

Se lo comenté a Raúl por WhatsApp el 22 de diciembre y me dijo que lo miraba después de las fiestas, pero seguimos igual.

Cuando esté todo funcionando pagamos sin problema, pero antes no.

Un saludo,

Carmen Lapuente
Almazara Hermanos Lapuente · Calatorao
www.almazaralapuente.es"""),

    dict(id="s10es025", date="2027-01-04T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-1093", amt="1.694,00", due="2026-12-20",
         frm="Jorge Villanueva <jvillanueva@hormigonesgallego.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Auto-reply: away until Friday 8 January inclusive, so back on Monday 11 January.",
         body="""Hola,

Estoy de vacaciones hasta el 8 de enero (incluido), sin acceso al correo.

Para temas de facturación y pagos podéis escribir a Nuria Pérez (nperez@hormigonesgallego.com). Para cualquier urgencia de planta, llamad al 976 58 21 70.

Saludos,
Jorge Villanueva
Hormigones del Gállego, S.L."""),

    dict(id="s10es026", date="2027-01-21T15:44", fmt="apple", stage="final_notice", ago=3,
         inv="FV26-0998", amt="1.452,00", due="2026-11-30",
         frm="Raquel Muñoz <peluqueriaraquel.tz@gmail.com>",
         intent="plan_request",
         note="Hairdresser asks to pay in two or three instalments, no dates; asks them not to send it to collection.",
         body="""Buenas tardes,

He recibido el último aviso y no quiero llegar a lo del monitorio. Estoy pasando una mala racha con la peluquería (la cuesta de enero, ya se sabe) y no puedo pagar los 1.452 de una vez.

¿Me dejaríais pagarlo en dos o tres veces? Lo que me digáis. Por favor, no lo paséis todavía a la empresa de recobro.

Gracias.

Raquel Muñoz
Peluquería Raquel · Tarazona

Enviado desde mi iPhone"""),

    dict(id="s10es027", date="2027-01-13T09:50", fmt="outlook", fwd=True, stage="second_reminder", ago=2,
         inv="FV26-1120", amt="2.310,50", due="2026-12-31",
         frm="Mari Luz Pina <administracion@piensosbello.es>",
         intent="promise", promise_date="2027-01-20",
         note="Assistant forwards the manager's answer: it is paid on the 20th with the other suppliers.",
         body="""Buenos días:

Les reenvío la respuesta de D. Ramón a su recordatorio.

Un saludo,

Mari Luz Pina
Administración – Piensos Bello, S.L.
Ctra. de Huesca, km 14 · 50800 Zuera
Tel. 976 68 01 33

De: Ramón Bello <rbello@piensosbello.es>
Enviado: martes, 12 de enero de 2027 19:02
Para: Mari Luz Pina <administracion@piensosbello.es>
Asunto: RE: Segundo aviso: factura FV26-1120 pendiente de pago – Tecnoservicios Moncayo S.L.

Mari, diles que se paga el día 20 con los demás proveedores. Lo de la cinta transportadora quedó bien.

Ramón

Enviado desde mi móvil"""),

    dict(id="s10es028", date="2027-01-07T11:20", fmt="html_gmail", stage="second_reminder", ago=1,
         inv=[("FV26-1012", "302,50", "2026-12-01"), ("FV26-1054", "181,50", "2026-12-15"), ("FV26-1086", "96,80", "2026-12-28")],
         frm="Herbolario El Cierzo <herbolarioelcierzo@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Several invoices: one transfer on Monday the 4th covering all three.",
         body="""Buenos días,

El lunes 4 hicimos una única transferencia de 580,80 € que cubre las tres facturas (1012, 1054 y 1086). En el concepto pusimos "FRAS TECNOSERVICIOS DIC HERBOLARIO".

Compruébenlo, por favor, y si algo no les cuadra me dicen.

Gracias y feliz año,

Inés Castán
Herbolario El Cierzo
C/ Cádiz 9, Zaragoza · 976 21 94 37"""),

    dict(id="s10es029", date="2026-12-16T12:02", fmt="gmail", stage="heads_up", ago=1,
         inv="FV26-1070", amt="145,20", due="2026-12-20",
         frm="Teresa Lorente <teresa.lorente.blasco@gmail.com>",
         intent="bank_details",
         note="Customer announces her own new bank account for the direct debit (old account closed) and asks if a new SEPA mandate is needed.",
         body="""Buenos días,

Veo que el recibo de la revisión anual de la caldera se carga el día 20. Os aviso de que he cambiado de banco: la cuenta antigua de Bankinter la cerré la semana pasada, así que si lo pasáis ahí os lo van a devolver.

La nueva cuenta es ES13 2085 0123 4903 0045 1289 (Ibercaja), a nombre de Teresa Lorente Blasco.

¿Tengo que firmaros una nueva orden de domiciliación SEPA o basta con este correo?

Gracias,
Teresa"""),

    dict(id="s10es030", date="2027-01-26T10:40", fmt="gmail", stage="firm", ago=1,
         inv="FV26-1126", amt="423,50", due="2027-01-15",
         frm="José Luis Martínez <jlmartinez.valladolid@gmail.com>",
         intent="other",
         note="Wrong recipient: not a customer, someone with the same name in Valladolid.",
         body="""Buenos días:

Creo que se han equivocado de destinatario. No soy cliente suyo ni he contratado nunca nada con ustedes; no he estado en Zaragoza en años. Me llamo José Luis Martínez, pero vivo en Valladolid, así que supongo que buscan a otra persona con el mismo nombre.

Les agradecería que revisaran sus datos, porque ya me han llegado tres correos como este.

Un saludo."""),
    dict(id="s10es031", date="2027-01-14T17:25", fmt="gmail", stage="reminder", ago=3,
         inv="FV26-1112", amt="605,00", due="2026-12-31",
         frm="Guadalupe Hernández <taquerialalupita.zgz@gmail.com>",
         intent="promise", promise_date="2027-01-19",
         note="Mexican restaurant owner: transfer next Tuesday the 19th.",
         body="""Buen día,

Le comento que ya tengo ubicada la factura del desatasco. Estuvimos cerrados por vacaciones y apenas reabrimos el lunes, por eso no la había visto.

El próximo martes 19 le hago la transferencia sin falta. Si necesita el comprobante, con gusto se lo mando.

Quedo a sus órdenes.

Saludos cordiales,
Guadalupe Hernández
Taquería La Lupita"""),

    dict(id="s10es032", date="2026-12-11T13:20", fmt="gmail", stage="reminder", ago=1,
         inv="FV26-1038", amt="121,00", due="2026-12-04",
         frm="Amparo Gracia <amparo.gracia.lou@gmail.com>",
         intent="paid", paid_on="2026-12-03",
         note="Paid cash to the plumber on the day of the job, Thursday 3 December.",
         body="""Buenas,

esta factura ya la pagué en efectivo al fontanero el mismo día que vino, el jueves 3 de diciembre. Me dijo que él ya lo apuntaba. Me firmó un papelito con el sello de la empresa, si queréis os mando una foto.

Un saludo,
Amparo"""),

    dict(id="s10es033", date="2026-12-18T09:15", fmt="outlook", stage="second_reminder", ago=4,
         inv="FV26-1035", amt="1.270,50", due="2026-12-05",
         frm="Sergio Alcalde <salcalde@envasesebro.com>",
         intent="dispute",
         note="Hours and travel charged do not match the signed work report and the maintenance contract; asks for a corrective invoice, invoice blocked.",
         body="""Buenos días,

Hemos revisado la factura FV26-1035 contra los partes de trabajo y no cuadra.

El parte firmado por nuestro jefe de mantenimiento el 19/11 recoge 4 horas de intervención de dos técnicos en la línea de envasado 3. Ustedes facturan 7 horas por técnico, más un desplazamiento que no procede: según el contrato de mantenimiento, los desplazamientos dentro de la provincia están incluidos en la cuota.

Es la segunda vez este año que nos pasa algo así. Les pido factura rectificativa con las horas reales. Hasta recibirla, la factura queda bloqueada en nuestro sistema y no entrará en ninguna remesa.

Sergio Alcalde
Responsable de Compras
Envases Plásticos del Ebro, S.A.
Pol. Ind. El Portazgo, nave 31 · 50011 Zaragoza
T. 976 33 48 20"""),

    dict(id="s10es034", date="2026-12-24T08:31", fmt="ooo", stage="heads_up", ago=0,
         inv="FV26-1095", amt="332,75", due="2027-01-05",
         frm="Administración Fisioterapia Movimiento <admin@fisiomovimiento.es>",
         intent="out_of_office", return_date="2027-01-04",
         note="Clinic administration closed 24 December to 3 January inclusive; back Monday 4 January.",
         body="""Hola:

La administración de la clínica permanecerá cerrada del 24 de diciembre al 3 de enero (incluido). Responderemos a su correo a la vuelta.

Para pedir o cambiar cita, puede hacerlo desde nuestra web o por WhatsApp en el 622 40 15 88.

Felices fiestas,
Fisioterapia Movimiento"""),

    dict(id="s10es035", date="2027-01-18T11:45", fmt="tb", stage="reminder", ago=5,
         inv="FV26-1104", amt="3.025,00", due="2027-01-05",
         frm="Fincas Ebro Gestión <comunidades@fincasebro.es>",
         intent="copy_request",
         note="Property manager needs the invoice broken down by building entrance and the signed delivery note before paying.",
         body="""Buenos días:

En relación con la factura FV26-1104 (sustitución de montantes de agua, Comunidad C/ Duquesa Villahermosa 2-4-6), para poder girar la derrama a los propietarios necesito que nos envíen la factura desglosada por portales (números 2, 4 y 6) o, en su defecto, el detalle de materiales y horas de cada portal.

También necesito copia del albarán de fin de obra firmado por el presidente, que no venía adjunto.

En cuanto tenga la documentación, lo tramitamos.

Un saludo,

Esther Lacasa
Fincas Ebro Gestión, S.L.
Paseo María Agustín 35, 50004 Zaragoza
Tel. 976 44 02 91 · Horario de atención: L-V de 9 a 14 h"""),

    dict(id="s10es036", date="2026-12-09T16:05", fmt="html_outlook", stage="reminder", ago=2,
         inv="FV26-0960", amt="847,00", due="2026-11-30",
         frm="Recepción Hotel Aljafería Centro <recepcion@hotelaljaferiacentro.com>",
         intent="contact_change", new_email="facturas.proveedores@grupoaljaferia.com",
         note="Hotel reception: supplier payments centralised at group level; send invoices and reminders to the group's address.",
         body="""Buenas tardes,

Les informamos de que desde el 1 de diciembre la gestión de pagos a proveedores del hotel se ha centralizado en las oficinas del grupo.

Les rogamos que a partir de ahora envíen facturas, recordatorios y cualquier comunicación de cobro a facturas.proveedores@grupoaljaferia.com, indicando siempre el establecimiento (Hotel Aljafería Centro). Desde recepción ya no podemos atender temas de administración.

Hemos reenviado la factura FV26-0960 a esa dirección.

Un cordial saludo,

Recepción
Hotel Aljafería Centro ****
C/ Conde de Aranda 50 · 50003 Zaragoza
+34 976 28 70 00"""),

    dict(id="s10es037", date="2027-01-27T18:48", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV26-1131", amt="108,90", due="2027-01-10",
         frm="Yuliana Restrepo <yulirestrepo88@gmail.com>",
         intent="promise",
         note="Colombian customer will pay next week, after her salary arrives: a window, no single day.",
         body="""Buenas tardes, mil disculpas por la demora.

La semana que viene le realizo el pago, estoy esperando que me consignen la nómina de este mes. Le quedo muy agradecida por la paciencia.

Que tenga buena tarde,
Yuliana Restrepo"""),

    dict(id="s10es038", date="2027-01-25T09:35", fmt="tb", stage="reminder", ago=3,
         inv="FV26-1117", amt="217,80", due="2027-01-05",
         frm="Pedro Sancho <psancho@aragon.net>",
         intent="paid", paid_on="2027-01-25",
         note="Direct debit was returned by the bank's error; transferred the full amount this morning.",
         body="""Hola, buenos días:

Me llamaron del banco la semana pasada: el recibo de enero lo devolvieron por un error suyo con las domiciliaciones después de la fusión. Para no liarla más, esta mañana os he hecho una transferencia por el importe completo (217,80 €) con el número de factura en el concepto.

Si os cobran gastos de devolución, decídmelo y os los abono también.

Un saludo,
Pedro Sancho"""),

    dict(id="s10es039", date="2027-01-15T13:10", fmt="outlook", stage="firm", ago=3,
         inv=[("FV26-0871", "2.662,00", "2026-10-31"), ("FV26-0929", "1.028,50", "2026-11-30")],
         frm="Administración Carpinterías Metálicas Sanz <administracion@cmsanz.es>",
         intent="other",
         note="Debtor declared in insolvency proceedings (concurso); cannot pay pre-insolvency debts, refers the firm to the insolvency administrator. Not a contact change.",
         body="""Muy Sres. nuestros:

Les comunicamos que, por Auto de 11 de enero de 2027 del Juzgado de lo Mercantil n.º 2 de Zaragoza, se ha declarado el concurso voluntario de acreedores de Carpinterías Metálicas Sanz, S.L. (procedimiento concursal 23/2027).

Conforme a la legislación concursal, la sociedad no puede atender el pago de créditos anteriores a la declaración de concurso, entre ellos las facturas FV26-0871 y FV26-0929 que nos reclaman.

Deberán comunicar su crédito a la administración concursal, designada en el mismo Auto (Lexcon Concursal, S.L.P.), en la dirección acreedores.cmsanz@lexconconcursal.es, en el plazo de un mes desde la publicación del edicto en el BOE, aportando copia de las facturas.

Sentimos las molestias.

Atentamente,

Administración
Carpinterías Metálicas Sanz, S.L.
Ctra. Castellón km 7 · 50720 Zaragoza"""),

    dict(id="s10es040", date="2027-01-22T14:03", fmt="gmail", stage="second_reminder", ago=1,
         inv="FV26-1123", amt="254,10", due="2027-01-12",
         frm="Antonio Marín <antoniomarin.instal@gmail.com>",
         intent="promise", promise_date="2027-01-29",
         note="Very short: will pay on the 29th (Friday 29 January).",
         body="""ok. el 29 sin falta
Antonio"""),
]
