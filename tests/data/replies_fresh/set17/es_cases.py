"""Spanish (Spain) debtor replies to Instalaciones Térmicas Moncayo S.L. (Zaragoza). Written by hand, one by one."""

CASES = [
    dict(id="s17es001", date="2026-12-09T13:47", fmt="apple", stage="reminder", ago=2,
         inv="FV26-0612", amt="386,40", due="2026-11-20",
         frm="Chema Lobera <barlobera@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Replying on Wednesday 9 Dec: 'el viernes' = Friday 11 December.",
         body="""Vale, el viernes os hago la transferencia. Se me había pasado con el lío del puente.

Chema
Bar Lobera

Enviado desde mi iPhone"""),

    dict(id="s17es002", date="2026-12-16T10:22", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FV26-0584", amt="2.746,18", due="2026-11-15",
         frm="Cuentas a Pagar - Clínica Santa Engracia <proveedores@clinicasantaengracia.es>",
         intent="paid", paid_on="2026-12-14",
         note="AP department: invoice included in the payment run of Monday 14 December.",
         body="""Buenos días:

En relación con su recordatorio, les informamos de que la factura FV26-0584 por importe de 2.746,18 € fue incluida en la remesa de pagos a proveedores del pasado lunes 14/12/2026, mediante transferencia a la cuenta que figura en nuestra base de datos (terminada en 4417).

Dependiendo de su entidad, el abono puede tardar uno o dos días hábiles en reflejarse. Si transcurrido ese plazo no lo ven ingresado, por favor indíquennos el número de factura y lo revisamos con tesorería.

Un cordial saludo,

Beatriz Oliván Sancho
Departamento de Cuentas a Pagar
Clínica Santa Engracia, S.A.
Paseo de Ruiseñores 41 · 50006 Zaragoza
Tel. 976 23 88 10 ext. 2214

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si ha recibido este correo por error, le rogamos que lo comunique al remitente y proceda a su eliminación. De conformidad con el Reglamento (UE) 2016/679 (RGPD), sus datos forman parte de un fichero responsabilidad de Clínica Santa Engracia, S.A., con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos en dpo@clinicasantaengracia.es."""),

    dict(id="s17es003", date="2026-12-10T19:05", fmt="gmail", stage="firm", ago=1,
         inv="FV26-0533", amt="1.980,00", due="2026-10-31",
         frm="Fincas Ebro Administración <comunidades@fincasebro.com>",
         intent="dispute",
         note="Property manager refuses to pay until the communal boiler repair is done properly.",
         body="""Buenas tardes,

Me sorprende bastante recibir un "tercer aviso" con intereses de demora incluidos cuando ustedes saben perfectamente cuál es la situación.

La factura FV26-0533 corresponde a la reparación de la caldera comunitaria de la C/ Condes de Aragón 18. Desde que sus técnicos la dejaron "arreglada" en octubre se ha vuelto a parar TRES veces, la última el domingo pasado, con vecinos mayores sin calefacción ni agua caliente todo el fin de semana. Tengo los partes de aviso y los mensajes al técnico, que ni contesta.

La comunidad no va a pagar ni un euro de esa factura hasta que la caldera funcione como tiene que funcionar. Y si hay que llamar a otra empresa, descontaremos lo que nos cueste.

Espero que alguien con capacidad de decisión me llame mañana.

Rosa Mª Gimeno
Administradora - Fincas Ebro
Tel. 976 55 31 07 / 654 21 09 88"""),

    dict(id="s17es004", date="2026-12-21T08:01", fmt="ooo", stage="reminder", ago=3,
         inv="FV26-0691", amt="612,95", due="2026-11-30",
         frm="Jesús Lahoz Royo <jlahoz@ayto-villanuevagallego.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Absent 21 Dec to 6 Jan inclusive; 6 Jan is Reyes, back Thursday 7 January.",
         body="""Gracias por su mensaje.

Permaneceré fuera de la oficina desde el 21 de diciembre de 2026 hasta el 6 de enero de 2027, ambos inclusive, sin acceso al correo electrónico.

Para cualquier asunto relacionado con facturas o pagos, pueden dirigirse al Servicio de Intervención: intervencion@ayto-villanuevagallego.es o al teléfono 976 18 50 04.

Jesús Lahoz Royo
Área de Servicios Municipales
Ayuntamiento de Villanueva de Gállego"""),

    dict(id="s17es005", date="2026-12-22T21:38", fmt="tb", stage="second_reminder", ago=5,
         inv="FV26-0640", amt="254,10", due="2026-11-25",
         frm="Pilar Azcona <pilar.azcona@telefonica.net>",
         intent="promise",
         note="Promises to pay after Reyes; no single day.",
         body="""Hola buenas noches,

Perdonen que no les haya contestado antes. Sé que tengo pendiente la factura de la revisión de la caldera, no me olvido. Este mes se me ha juntado todo (el seguro del coche, los regalos...) y no llego.

Se la pago después de Reyes, en cuanto me ingresen la nómina de enero.

Gracias por la paciencia y felices fiestas.

Pilar Azcona
C/ Tomás Bretón 27, 3º B"""),

    dict(id="s17es006", date="2027-01-12T16:20", fmt="html_gmail", stage="firm", ago=2,
         inv="FV26-0702", amt="3.415,00", due="2026-12-05",
         frm="Restaurante El Cachirulo Nuevo <info@elcachirulonuevo.es>",
         intent="plan_request",
         note="Asks to split the amount into three monthly payments; no date committed.",
         body="""Buenas tardes,

Soy Andrés, el dueño del restaurante. Les escribo por la factura de la cámara frigorífica y el extractor (FV26-0702).

No les voy a engañar: diciembre ha ido bastante peor de lo que esperábamos, tuvimos cerrada la cocina diez días por una obra del edificio y ahora mismo no puedo pagar los 3.415 euros de golpe.

¿Sería posible dividirlo en tres pagos mensuales? Díganme cómo lo ven y si hace falta firmar algo. Prefiero hacerlo bien a dejarlo colgado.

Un saludo,
Andrés Bielsa
El Cachirulo Nuevo
Tel. 976 33 47 20"""),

    dict(id="s17es007", date="2026-12-14T12:09", fmt="outlook", stage="reminder", ago=4,
         inv="FV26-0598", amt="1.122,66", due="2026-11-18",
         frm="Administración Colegio San Braulio <administracion@colegiosanbraulio.org>",
         intent="copy_request",
         note="School needs the invoice reissued to the foundation's name and CIF before it can pay.",
         body="""Buenos días,

Hemos recibido su recordatorio sobre la factura FV26-0598. Revisando nuestra documentación, la factura que nos llegó en noviembre está emitida a nombre de "Colegio San Braulio" con el CIF del AMPA, y así no la podemos contabilizar.

El titular del centro es la Fundación Educativa San Braulio, CIF G50112384, Avda. de Cataluña 210, 50014 Zaragoza. ¿Podrían enviarnos una factura rectificativa (o un duplicado corregido) con esos datos? En cuanto la tengamos la pasamos al pago de la siguiente remesa.

Muchas gracias,

Mercedes Laguna
Administración
Colegio San Braulio – Fundación Educativa San Braulio
976 29 14 03"""),

    dict(id="s17es008", date="2027-01-05T09:44", fmt="gmail", stage="second_reminder", ago=1,
         inv="FV26-0677", amt="845,00", due="2026-12-01",
         frm="Lucía Marcén <lucia.marcen@grupoaltoaragon.com>",
         intent="contact_change", new_email="facturas@grupoaltoaragon.com",
         note="Asks that invoices and reminders go to the central invoices mailbox.",
         body="""Hola,

Yo no gestiono los pagos a proveedores, solo firmé el presupuesto de la obra. Desde este año todas las facturas y reclamaciones tienen que ir a facturas@grupoaltoaragon.com, que es el buzón de contabilidad central, si no se pierden.

¿Podéis cambiarlo en vuestra ficha? Yo ya les he reenviado este correo para que lo miren.

Gracias!
Lucía"""),

    dict(id="s17es009", date="2026-12-15T11:02", fmt="none", stage="reminder", ago=1,
         inv="FV26-0655", amt="148,83", due="2026-11-28",
         frm="Fernando Ubieto <f.ubieto@hotmail.es>",
         intent="paid", paid_on="2026-12-14",
         note="Replying Tuesday 15 Dec: transfer made 'ayer' = 14 December.",
         body="""Buenos días, la pagué ayer por transferencia desde ING, os adjunto el justificante. Si no os llega me decís.

Fernando Ubieto"""),

    dict(id="s17es010", date="2027-01-11T10:15", fmt="outlook", stage="reminder", ago=3,
         inv=[("FV26-0719", "4.210,50", "2026-12-10"), ("FV26-0733", "1.389,20", "2026-12-15")],
         frm="Administración Construcciones Moncasi <admon@construccionesmoncasi.es>",
         intent="promise",
         note="Both invoices to go in the mid-month supplier payment run; no exact day.",
         body="""Buenos días, Sonia:

Tenemos registradas las dos facturas (FV26-0719 y FV26-0733), están conformadas por el jefe de obra y pendientes únicamente de pago.

Se incluirán en la próxima remesa de proveedores, que preparamos a mediados de mes. En cuanto salga os mando el detalle por si necesitáis casarlo.

Un saludo,

Javier Casaus
Dpto. Administración
Construcciones Moncasi, S.L.
Pol. Ind. Malpica, calle E, nave 14 – 50016 Zaragoza
T. 976 57 02 39"""),

    dict(id="s17es011", date="2026-12-07T09:31", fmt="bounce",
         inv="FV26-0621", rcpt="pedidos@hornoslatorre.es", status="5.1.1",
         mta="email-smtp.eu-west-1.amazonses.com", remote="mx.hornoslatorre.es",
         diag="550 5.1.1 <pedidos@hornoslatorre.es>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     pedidos@hornoslatorre.es

Technical details of permanent failure:
The recipient's mail server rejected the message: 550 5.1.1 User unknown."""),

    dict(id="s17es012", date="2026-12-14T08:12", fmt="gmail", stage="second_reminder", ago=3,
         inv="FV26-0602", amt="92,00", due="2026-11-22",
         frm="Toño Pardos <tonopardos77@gmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Replying Monday 14 Dec: paid 'el viernes' = Friday 11 December.",
         body="""ya esta pagado lo hice el viernes por la tarde desde el movil, mirad bien porfa que no quiero mas avisos

toño"""),

    dict(id="s17es013", date="2026-12-17T17:40", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FV26-0571", amt="1.140,00", due="2026-11-12",
         frm="Dirección Hotel Puerta de Sancho <direccion@hotelpuertadesancho.com>",
         intent="dispute",
         note="Invoice higher than the accepted quote (850 € vs 1.140 €); asks for a corrected invoice.",
         body="""Estimados señores:

Les contesto al segundo aviso de la factura FV26-0571, que no hemos pagado porque no estamos conformes con el importe.

El presupuesto que aceptamos el 2 de octubre para la sustitución de los fan-coils de la planta segunda era de 850,00 € + IVA, cerrado. La factura que nos han enviado es de 1.140,00 € e incluye cinco horas adicionales de mano de obra y un "material vario" que nadie nos comunicó ni autorizó.

Les adjunto de nuevo el presupuesto firmado. Les ruego que emitan una factura rectificativa ajustada a lo presupuestado; en cuanto la recibamos se abonará sin demora.

Atentamente,

Carmen Bailo Ferrer
Directora
Hotel Puerta de Sancho ***
C/ Predicadores 92 · 50003 Zaragoza
Tel. +34 976 28 61 45"""),

    dict(id="s17es014", date="2026-12-28T07:15", fmt="ooo", stage="reminder", ago=4,
         inv="FV26-0708", amt="522,72", due="2026-12-07",
         frm="Raúl Escartín <raul.escartin@logisticamediterranea.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="Auto-reply: back from Monday 11 January.",
         subj_prefix="Fuera de la oficina: ",
         body="""Hola,

Estoy de vacaciones y no leeré el correo hasta mi vuelta, a partir del lunes 11 de enero.

Si es urgente, escribid a mi compañera Elena Sanz (esanz@logisticamediterranea.es).

Un saludo,
Raúl"""),

    dict(id="s17es015", date="2026-12-18T13:26", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV26-0589", amt="2.078,00", due="2026-11-15",
         frm="Agropecuaria Hnos. Sarasa <hnossarasa@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Replying 18 Dec: will pay 'el 30' (30 December) once the CAP aid arrives.",
         body="""Buenos días

Somos los de la granja de Ejea, lo de la calefacción de las naves. Sabemos que está pendiente. Estamos esperando el ingreso de la PAC que según la cooperativa llega antes de fin de mes.

Os lo pagamos el 30 sin falta, si llega antes antes.

Un saludo
Joaquín Sarasa
619 44 82 10"""),

    dict(id="s17es016", date="2027-01-08T22:51", fmt="gmail", stage="reminder", ago=3,
         inv="FV26-0744", amt="65,00", due="2026-12-20",
         frm="M. Ángeles Tena <mangelestena@yahoo.es>",
         intent="unsubscribe",
         note="Asks to stop receiving these automatic emails; no payment statement.",
         body="""No quiero recibir más correos de este tipo. Borren mi dirección de su sistema de avisos, por favor. Si tienen algo que decirme me llaman por teléfono como han hecho siempre.

M. Ángeles Tena"""),

    dict(id="s17es017", date="2027-01-13T09:58", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FV26-0726", amt="5.880,40", due="2026-12-12",
         frm="Tesorería Grupo Alimentario Jalón <tesoreria@gajalon.es>",
         intent="bank_details",
         note="Received a letter announcing a new IBAN; asks the firm to confirm its bank details before paying.",
         body="""Buenos días,

Estamos tramitando el pago de la factura FV26-0726, pero antes necesitamos que nos confirmen un dato.

El pasado 28 de diciembre recibimos un correo, supuestamente de su departamento de administración, comunicándonos un cambio de cuenta bancaria a una nueva cuenta en una entidad que no conocemos (IBAN que empieza por ES12 1465...). Por nuestro protocolo antifraude no vamos a modificar ningún dato bancario sin verificarlo por otra vía.

¿Pueden confirmarnos por teléfono cuál es su IBAN correcto? El que tenemos registrado es el de Ibercaja terminado en 0931. Hasta que no lo confirmemos el pago queda retenido.

Gracias y un saludo,

Nuria Lapuente
Tesorería
Grupo Alimentario Jalón, S.A.
Ctra. de Logroño km 12,5 · 50180 Utebo (Zaragoza)
Tel. 976 77 10 52

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de carácter confidencial exclusivamente dirigida a su destinatario o destinatarios. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de Grupo Alimentario Jalón, S.A."""),

    dict(id="s17es018", date="2026-12-10T18:33", fmt="apple", stage="reminder", ago=2,
         inv="FV26-0617", amt="433,62", due="2026-11-24",
         frm="Estudio Arquitectura Clavería <estudio@arquitecturaclaveria.com>",
         intent="other",
         note="Says the email has been passed to their accountancy firm; no payment statement or date.",
         body="""Hola,

Le paso vuestro correo a la gestoría, que es quien nos lleva los pagos. Ellos se pondrán en contacto con vosotros si necesitan algo.

Saludos,
Íñigo Clavería

Enviado desde mi iPad"""),

    dict(id="s17es019", date="2027-01-14T12:44", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV26-0752", amt="718,30", due="2026-12-22",
         frm="Talleres Mecánicos Arnal <talleresarnal@gmail.com>",
         intent="promise", promise_date="2027-01-18",
         note="Replying Thursday 14 Jan: 'el lunes dia 18' = Monday 18 January.",
         body="""buenos dias

perdon por el retraso, estubimos cerrados por vacaciones y se nos acumulo todo el papeleo. lo pagamos el lunes dia 18 que es cuando nos entra el dinero de un cliente grande.

un saludo
Miguel Arnal
Talleres Arnal"""),

    dict(id="s17es020", date="2026-12-09T10:37", fmt="outlook", stage="reminder", ago=2,
         inv=[("FV26-0540", "1.645,30", "2026-11-05"), ("FV26-0566", "665,25", "2026-11-10")],
         frm="Contabilidad Residencia Los Álamos <contabilidad@residencialosalamos.es>",
         intent="paid", paid_on="2026-12-03",
         note="Both invoices paid in one transfer on 3 December.",
         body="""Buenos días:

Las facturas FV26-0540 y FV26-0566 se abonaron el pasado 3 de diciembre en una única transferencia por importe total de 2.310,55 €, concepto "RESID LOS ALAMOS FRAS 540 566".

Les adjunto el justificante bancario. Les agradeceríamos que lo revisen y actualicen su cuenta para que no nos sigan llegando avisos.

Saludos cordiales,

Ana Isabel Pueyo
Contabilidad
Residencia de Mayores Los Álamos
C/ San Juan de la Peña 166 – 50015 Zaragoza
976 51 70 22"""),

    dict(id="s17es021", date="2027-01-08T11:19", fmt="outlook", fwd=True, stage="firm", ago=1,
         inv="FV26-0715", amt="2.904,00", due="2026-12-09",
         frm="Silvia Lasheras <secretaria@bodegaslasheras.com>",
         intent="promise", promise_date="2027-01-20",
         note="Assistant forwards the manager's answer: payment 'antes del día 20' = by 20 January.",
         body="""Buenos días,

Les reenvío la respuesta de D. Ramón sobre su factura, para que les quede constancia.

Un saludo,
Silvia Lasheras
Secretaría de Dirección
Bodegas Lasheras – Cariñena
976 62 03 91

-----Mensaje original-----
De: Ramón Lasheras
Enviado el: jueves, 7 de enero de 2027 19:52
Para: Silvia Lasheras
Asunto: RE: Tercer aviso factura FV26-0715

Silvia, contéstales que lo pagamos antes del día 20, que no se preocupen, que ya lo tengo en la lista para la semana que viene. Y que no nos manden más cartas con intereses, por favor, que llevamos quince años trabajando con ellos.

Ramón"""),

    dict(id="s17es022", date="2027-01-04T10:03", fmt="gmail", stage="second_reminder", ago=4,
         inv="FV26-0689", amt="310,00", due="2026-12-03",
         frm="Panadería Hermanos Ayerbe <panaderia.ayerbe@gmail.com>",
         intent="dispute",
         note="Says the invoice duplicates FV26-0623 already paid; contests it.",
         body="""Hola, buenos días.

Esta factura ya os la comenté por teléfono a primeros de diciembre a la chica de la oficina. La FV26-0689 es la misma reparación del horno que la FV26-0623 (misma fecha, mismo técnico, mismo importe), y esa ya os la pagamos en noviembre.

Es una factura duplicada, así que no la vamos a pagar. Anuladla, por favor, y dejad de reclamarla.

Gracias,
Luis Ayerbe"""),

    dict(id="s17es023", date="2027-01-19T20:12", fmt="tb", stage="firm", ago=4,
         inv="FV26-0698", amt="1.760,00", due="2026-12-04",
         frm="Club Deportivo Delicias <tesorero@cddelicias.org>",
         intent="plan_request",
         note="Sports club treasurer asks whether the amount can be split into instalments; no date.",
         body="""Buenas tardes,

Soy el tesorero del C.D. Delicias. Les escribo por la factura de la reparación del termo de los vestuarios.

Como asociación sin ánimo de lucro dependemos de las cuotas de los socios y de una subvención municipal que todavía no nos han ingresado. La junta directiva está de acuerdo en pagar la factura, pero nos vendría muy bien poder hacerlo de forma fraccionada, en varios plazos.

¿Sería posible? Si nos indican qué condiciones nos pueden ofrecer, lo llevamos a la próxima reunión de la junta.

Muchas gracias de antemano.

Alberto Cebrián Gil
Tesorero
Club Deportivo Delicias
Tel. 690 12 57 33"""),

    dict(id="s17es024", date="2027-01-04T08:33", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-0737", amt="2.255,90", due="2026-12-18",
         frm="Compras Hospital Quirón Ebro <compras.mantenimiento@hqebro.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; back Monday 11 January.",
         body="""Buenos días,

Me encuentro de vacaciones hasta el viernes 8 de enero inclusive. Durante este periodo el correo no será atendido.

Para pedidos urgentes de mantenimiento: 976 72 40 00 (centralita, ext. 5130).
Para consultas sobre facturas y pagos: cuentasapagar@hqebro.es

Saludos,
Olga Mainar
Departamento de Compras – Mantenimiento"""),

    dict(id="s17es025", date="2027-01-20T15:08", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="FV26-0761", amt="968,00", due="2026-12-28",
         frm="Irene Alcubierre <hola@irenealcubierre.com>",
         intent="plan_request",
         note="Freelancer asks to pay in two or three parts; no date committed.",
         body="""Hola!

Perdonad que no haya contestado al primer aviso. Sí, tengo pendiente la factura de la instalación del aire en el estudio y quiero pagarla, pero enero como autónoma es horrible: cuota, IVA del trimestre, IRPF... y dos clientes que me deben desde noviembre.

¿Me dejaríais pagarla en dos o tres veces? Me ayudaría un montón. Decidme qué os viene bien a vosotros.

Gracias y perdón otra vez,
Irene

--
Irene Alcubierre · Diseño gráfico e ilustración
www.irenealcubierre.com · 645 30 18 72"""),

    dict(id="s17es026", date="2026-12-23T23:14", fmt="apple", stage="reminder", ago=1,
         inv="FV26-0701", amt="181,50", due="2026-12-09",
         frm="Daniel Sierra <dani.sierra@icloud.com>",
         intent="paid", paid_on="2026-12-23",
         note="Paid just now by card through the payment link (23 December).",
         body="""Hola, acabo de pagarla con tarjeta en el enlace del correo. Me ha salido el OK. Feliz Navidad!

Dani

Enviado desde mi iPhone"""),

    dict(id="s17es027", date="2027-01-07T13:30", fmt="gmail", stage="reminder", ago=2,
         inv="FV26-0729", amt="1.034,55", due="2026-12-15",
         frm="Oficina Técnica – Autoescuela Goya <oficina@autoescuelagoya.es>",
         intent="copy_request",
         note="Has no record of the invoice; asks for a copy and the signed delivery note.",
         body="""Buenos días,

No nos consta haber recibido la factura FV26-0729. Hemos mirado en el correo y en la carpeta de facturas de diciembre y no aparece.

¿Nos la podéis reenviar en PDF, junto con el parte de trabajo firmado? Es que en diciembre vinieron a revisar el aire de las dos aulas y también estuvieron en la oficina de Delicias, y no sé a cuál de las dos corresponde.

Gracias,
Marta Sancho
Autoescuela Goya"""),

    dict(id="s17es028", date="2027-01-15T10:49", fmt="outlook", stage="second_reminder", ago=3,
         inv="FV26-0742", amt="1.496,23", due="2026-12-19",
         frm="Gestión Patrimonial Arrabal <gestion@patrimonialarrabal.es>",
         intent="promise", promise_date="2027-01-31",
         note="'a final de mes' replying 15 January = 31 January.",
         body="""Buenos días,

Acusamos recibo de su recordatorio. La factura está aprobada por la propiedad del local de la calle Alfonso I y se abonará a final de mes, junto con el resto de pagos de enero del inmueble.

Disculpen las molestias.

Atentamente,

Jorge Villacampa
Gestión Patrimonial Arrabal, S.L.
Tel. 976 39 82 16

Antes de imprimir este mensaje, asegúrese de que es necesario. Proteger el medio ambiente está en nuestras manos."""),

    dict(id="s17es029", date="2027-01-21T12:57", fmt="html_outlook", stage="final_notice", ago=2,
         inv=[("FV26-0647", "2.310,00", "2026-11-30"), ("FV26-0712", "1.478,40", "2026-12-10")],
         frm="Administración Concursal Reformas Integrales Cinca <concursal.reformascinca@lexconcursal.es>",
         intent="other",
         note="Debtor is in insolvency proceedings; firm must file its claim with the insolvency administrator, not a payment reply.",
         body="""Muy señores míos:

Me dirijo a ustedes en mi condición de administrador concursal de REFORMAS INTEGRALES CINCA, S.L. (CIF B22456712), designado por el Juzgado de lo Mercantil n.º 1 de Zaragoza en el procedimiento de concurso voluntario n.º 1187/2026, declarado mediante auto de 14 de diciembre de 2026 y publicado en el Registro Público Concursal.

En virtud de la declaración de concurso, la sociedad no puede atender individualmente el pago de créditos anteriores a dicha fecha, entre los que se encuentran las facturas a las que se refiere su requerimiento. Del mismo modo, quedan en suspenso las reclamaciones y el devengo de intereses en los términos previstos en el Texto Refundido de la Ley Concursal.

Para que su crédito sea reconocido deberán comunicarlo a esta administración concursal, en la dirección de correo electrónico que figura en este mensaje, indicando sus datos identificativos, el concepto, la cuantía, las fechas de adquisición y vencimiento y, en su caso, la calificación que pretendan, acompañando copia de las facturas.

Quedo a su disposición para cualquier aclaración.

Atentamente,

Eduardo Pomar Viñuales
Abogado – Administrador concursal
LEX Concursal Aragón, S.L.P.
Pº Independencia 24-26, 5.ª planta · 50004 Zaragoza
Tel. 976 21 45 60

La información contenida en este mensaje es confidencial y está sujeta a secreto profesional. Si usted no es el destinatario, le rogamos que nos lo comunique y lo elimine."""),

    dict(id="s17es030", date="2027-01-07T09:21", fmt="tb", stage="reminder", ago=1,
         inv="FV26-0748", amt="297,66", due="2026-12-20",
         frm="Comunidad de Propietarios Av. Madrid 231 <cpavmadrid231@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Direct debit charged on 5 January according to the bank statement.",
         body="""Buenos días,

Según el extracto de la comunidad, el recibo del contrato de mantenimiento de la sala de calderas ya nos lo cargaron en cuenta el 05/01/2027 (adeudo domiciliado, referencia de Instalaciones Térmicas Moncayo). Supongo que se ha cruzado con su aviso.

Si en su sistema sigue saliendo pendiente, miren si el recibo ha sido devuelto, porque por nuestra parte está cargado.

Un saludo,
José Manuel Blasco
Presidente de la Comunidad"""),

    dict(id="s17es031", date="2026-12-11T14:22", fmt="gmail", stage="reminder", ago=3,
         inv="FV26-0626", amt="217,80", due="2026-11-27",
         frm="Sergio Bernués <sergiobernues@gmail.com>",
         intent="dispute",
         note="Contests being charged the call-out fee twice; wants a corrected invoice.",
         body="""q cara teneis. me cobrais el desplazamiento 2 veces, una el dia q vino el tecnico y no traia la pieza y otra cuando volvio. la culpa de no traer la pieza es vuestra no mia

pago la factura cuando quiteis el segundo desplazamiento, ni antes ni despues

sergio"""),

    dict(id="s17es032", date="2026-12-29T17:03", fmt="gmail", stage="firm", ago=1,
         inv="FV26-0663", amt="574,75", due="2026-11-30",
         frm="Óptica Coso Alto <opticacosoalto@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Replying 29 December: 'mañana' = 30 December.",
         body="""Mañana sin falta. Disculpad el retraso, entre la campaña de Navidad y la baja de mi socia no he tenido ni un minuto.

Carlos
Óptica Coso Alto"""),

    dict(id="s17es033", date="2027-01-12T11:41", fmt="outlook", stage="reminder", ago=1,
         inv="FV26-0756", amt="3.102,08", due="2026-12-27",
         frm="Recepción Talleres Gráficos Romeo <recepcion@graficasromeo.es>",
         intent="contact_change", new_email="contabilidad@graficasromeo.es",
         note="Former contact left the company; asks that reminders go to contabilidad@.",
         body="""Buenos días,

Les escribimos desde recepción. Marta Royo, a la que van dirigidos sus correos, ya no trabaja en la empresa desde el mes de diciembre y su buzón lo estamos revisando nosotros de manera provisional.

Por favor, a partir de ahora envíen todo lo relacionado con facturas y pagos a contabilidad@graficasromeo.es (a la atención de Jaime Aznar). Ya le hemos reenviado su recordatorio.

Gracias,

Recepción
Talleres Gráficos Romeo, S.A.
976 47 33 90"""),

    dict(id="s17es034", date="2026-12-24T10:12", fmt="ooo", stage="reminder", ago=3,
         inv="FV26-0713", amt="449,90", due="2026-12-11",
         frm="Ferretería Industrial Casetas <info@ferreteriacasetas.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed 24/12 to 3/1; reopens Monday 4 January.",
         body="""Estimado cliente:

Nuestras oficinas permanecen cerradas por vacaciones de Navidad del 24/12 al 3/1. Volvemos a estar a su disposición el lunes 4 de enero en horario habitual.

Los mensajes recibidos se atenderán por orden de llegada a nuestra vuelta.

¡Felices fiestas!
Ferretería Industrial Casetas"""),

    dict(id="s17es035", date="2026-12-21T09:26", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="FV26-0660", amt="1.015,20", due="2026-11-29",
         frm="Laura Moliner <laura@moliner-asesores.es>",
         intent="paid", paid_on="2026-12-18",
         note="Transfer made 18/12; reminder crossed with the payment.",
         body="""Buenos días,

Nos llega hoy su segundo aviso, pero la transferencia se hizo el viernes 18/12 por el importe total (1.015,20 €). Imagino que se ha cruzado.

Les adjunto el justificante. En el concepto pusimos "FV26-0660 MOLINER ASESORES".

Un saludo,

Laura Moliner Gracia
Moliner Asesores Fiscales y Contables
C/ Cádiz 11, 1º izda. · 50004 Zaragoza
976 23 60 47"""),

    dict(id="s17es036", date="2027-01-18T12:35", fmt="gmail", stage="reminder", ago=4,
         inv="FV26-0759", amt="133,10", due="2026-12-30",
         frm="Peluquería Sonia Calvo <peluqueriasoniacalvo@gmail.com>",
         intent="bank_details",
         note="Debtor announces its own new bank account for the direct debits.",
         body="""Hola,

El recibo de diciembre os lo han devuelto porque cerré la cuenta del Santander, perdonad que no os avisé. Ahora tengo todo en la caja rural.

Mi nueva cuenta es ES47 3080 0112 4521 0039 8876 (Caja Rural de Aragón, a nombre de Sonia Calvo Lacambra). Pasadme ahí el recibo y los del mantenimiento de ahora en adelante.

Si tenéis que mandarme una orden SEPA nueva para firmar me la mandáis a este correo.

Sonia"""),

    dict(id="s17es037", date="2027-01-11T19:48", fmt="apple", stage="reminder", ago=3,
         inv="FV26-0745", amt="689,70", due="2026-12-21",
         frm="Elena Gracia Ruiz <elenagraciaruiz@me.com>",
         intent="promise", promise_date="2027-01-14",
         note="Replying Monday 11 Jan: pays 'el jueves 14' = 14 January; side question about the maintenance contract.",
         body="""Buenas tardes,

Lo pagaremos el jueves 14, que es cuando cobramos.

Aprovecho para preguntar: ¿el contrato de mantenimiento de este año incluye ya la revisión obligatoria de la caldera o eso se factura aparte? Es que el año pasado nos vino aparte y no me quedó claro.

Gracias,
Elena"""),

    dict(id="s17es038", date="2027-01-26T10:06", fmt="gmail", stage="second_reminder", ago=5,
         inv="FV26-0763", amt="412,00", due="2026-12-31",
         frm="Javier Alcolea <jalcolea84@gmail.com>",
         intent="other",
         note="Says he is not a customer and has never received any service: wrong recipient.",
         body="""Buenos días,

Creo que se han equivocado de persona. Es el segundo correo que recibo suyo y yo no he contratado nunca nada con ustedes, ni vivo en Zaragoza (soy de Valladolid). Supongo que habrá otro Javier Alcolea o alguien ha puesto mal el correo.

Revisen sus datos, por favor.

Un saludo"""),

    dict(id="s17es039", date="2027-01-22T13:14", fmt="outlook", stage="final_notice", ago=3,
         inv="FV26-0704", amt="1.845,60", due="2026-12-06",
         frm="Jesús Ortas | Cafetería Plaza Ortas <cafeteriaplazaortas@outlook.es>",
         intent="promise", promise_date="2027-01-26",
         note="Partial payment of 1.000 € today; remaining 845,60 € promised for Tuesday 26 January.",
         body="""Buenas,

Acabo de hacer una transferencia de 1.000 € a cuenta de la factura FV26-0704. El resto, 845,60 €, os lo ingreso el martes 26, que me entra el dinero del alquiler del local de abajo.

Por favor no lo paséis a ningún abogado, que estoy pagando.

Jesús Ortas
Cafetería Plaza
649 80 21 15"""),

    dict(id="s17es040", date="2027-01-29T09:52", fmt="apple", stage="second_reminder", ago=1,
         inv="FV26-0766", amt="256,52", due="2027-01-10",
         frm="Teresa Blasco <teresablascomur@gmail.com>",
         intent="paid", paid_on="2027-01-27",
         note="Replying Friday 29 Jan: paid 'este miércoles' = 27 January, at the bank counter.",
         body="""Buenos días, lo ingresé este miércoles en ventanilla en Ibercaja, con el número de factura. Tengo el resguardo por si lo necesitan.

Teresa

Enviado desde mi iPhone"""),
]
EXTRA_KNOWN = ["FV26-0623"]
