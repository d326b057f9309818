"""Spanish (Spain) debtor replies to Climatización Moncayo S.L. (Zaragoza), set 13. Written by hand, one by one."""

CASES = [
    dict(id="s13es001", country="ES", date="2026-12-09T21:47", fmt="apple", stage="reminder", ago=2,
         inv="FV-2026-1093", amt="385,72", due="2026-11-30",
         frm="Raúl Gimeno <raulgimeno.taberna@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'el viernes' written on Wednesday 9 December = Friday 11 December.",
         body="""Vale, el viernes os hago la transferencia. Se me paso con el lio del puente

Enviado desde mi iPhone"""),

    dict(id="s13es002", country="ES", date="2026-12-10T10:14", off="+0000", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FV-2026-0998", amt="2.716,30", due="2026-11-20",
         frm="Lucía Marín Segura <cuentasapagar@grupoalcor.es>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer included in the payment run of 'ayer, 9 de diciembre'.",
         body="""Buenos días,

Les informamos de que la factura FV-2026-0998, por importe de 2.716,30 €, se incluyó en la remesa de pagos de ayer, 9 de diciembre, mediante transferencia a la cuenta que figura en la propia factura. Según su entidad, el abono puede tardar uno o dos días hábiles en reflejarse.

Les adjuntamos el aviso de pago para su conciliación.

Atentamente,

Lucía Marín Segura
Departamento de Cuentas a Pagar
Grupo Hotelero Alcor, S.A.
Paseo de la Independencia 21, 4.º · 50001 Zaragoza
Tel. 976 23 40 18 · Ext. 214

AVISO DE CONFIDENCIALIDAD: Este mensaje y, en su caso, los ficheros anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si usted no es el destinatario indicado, le rogamos que lo comunique al remitente y proceda a su eliminación. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos serán tratados por Grupo Hotelero Alcor, S.A. con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos en protecciondatos@grupoalcor.es."""),

    dict(id="s13es003", country="ES", date="2026-12-14T16:20", fmt="gmail", stage="second_reminder", ago=4,
         inv="FV-2026-1012", amt="684,97", due="2026-11-25",
         frm="Meson El Cierzo <mesonelcierzo@gmail.com>",
         intent="dispute",
         note="Refuses to pay until the cold-room repair is redone; 18 November is the repair date, not a label.",
         body="""Buenas tardes,

Encima teneis la cara de reclamarme. Vinisteis el 18 de noviembre a reparar la camara de la cocina, me cobrais casi 700 euros y a los cuatro dias estaba otra vez igual, saltando el diferencial y con la temperatura a 9 grados. Os he llamado tres veces y no ha venido nadie. He tenido que tirar genero.

Hasta que no venga un tecnico y la deje funcionando no pienso pagar ni un euro. Y ya hablaremos del genero que he perdido.

Javier Lasheras
Mesón El Cierzo"""),

    dict(id="s13es004", country="ES", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV-2026-1120", amt="1.452,00", due="2026-12-15",
         frm="Secretaría Colegio Santa Engracia <secretaria@colegiosantaengracia.es>",
         intent="out_of_office", return_date="2027-01-08",
         note="School closed 23 Dec to 7 Jan inclusive; offices reopen Friday 8 January.",
         body="""Estimadas familias y proveedores:

Les informamos de que el colegio permanecerá cerrado por vacaciones de Navidad desde el 23 de diciembre hasta el 7 de enero, ambos inclusive. Las oficinas de Secretaría y Administración reanudarán su actividad el viernes 8 de enero de 2027 en horario habitual (de 9:00 a 14:00).

Su correo ha sido recibido y será atendido a nuestra vuelta.

Les deseamos unas felices fiestas.

Colegio Santa Engracia
Secretaría y Administración"""),

    dict(id="s13es005", country="ES", date="2026-12-16T22:05", fmt="gmail", stage="firm", ago=2,
         inv="FV-2026-0941", amt="3.267,00", due="2026-11-10",
         frm="Montse Villar <montsevillar78@gmail.com>",
         intent="plan_request",
         note="Private customer asks to pay in three or four instalments, no date committed.",
         body="""Hola buenas noches,

Os escribo por lo de la factura de la bomba de calor. Se que esta vencida y lo siento, no es que no quiera pagar. Este mes nos ha venido todo junto, el seguro del coche, la matricula de la academia del crio y ahora la navidad, y no llego a pagar los 3.267 de golpe.

¿Seria posible pagarlo en varios plazos? Tres o cuatro meses, lo que me digais. Si hay que firmar algo no hay problema.

Gracias y perdon por las molestias
Montse"""),

    dict(id="s13es006", country="ES", date="2026-12-11T12:48", fmt="outlook", stage="second_reminder", ago=1,
         inv="FV-2026-1001", amt="4.840,00", due="2026-11-30",
         frm="Pilar Ansón Royo <intervencion@almazaradeljalon.es>",
         intent="copy_request",
         note="Town hall: the invoice is not registered; it must be submitted through FACe with the DIR3 codes before it can be paid.",
         body="""Buenos días:

En relación con su correo, les comunico que en este Ayuntamiento no consta registrada la factura FV-2026-1001.

Les recuerdo que, conforme a la Ley 25/2013, de impulso de la factura electrónica, las facturas dirigidas a esta Administración deben presentarse en formato electrónico a través del Punto General de Entrada de Facturas Electrónicas (FACe), indicando los siguientes códigos DIR3:

Oficina contable: L01502893
Órgano gestor: L01502893
Unidad tramitadora: L01502893

Hasta que la factura no se presente por FACe no es posible reconocer la obligación ni tramitar el pago. Una vez registrada y conformada por el servicio correspondiente, se abonará en el plazo legal.

Atentamente,

Pilar Ansón Royo
Intervención-Tesorería
Ayuntamiento de Almazara del Jalón
Plaza de España, 1 · 50297 Almazara del Jalón (Zaragoza)
Tel. 976 60 31 12"""),

    dict(id="s13es007", country="ES", date="2027-01-12T11:03", fmt="gmail", stage="reminder", ago=1,
         inv="FV-2026-1166", amt="528,66", due="2026-12-31",
         frm="Sergio Abad <sergio@grupolatraviesa.es>",
         intent="contact_change", new_email="facturas@grupolatraviesa.es",
         note="Administration moved to an external gestoría; send invoices and reminders to facturas@.",
         body="""Hola,

Desde este mes ya no llevo yo la administración del grupo, la ha asumido una gestoría externa. Por favor, enviad facturas, recordatorios y demás a facturas@grupolatraviesa.es y quitadme a mí de los envíos.

Esta factura en concreto ya se la he pasado a ellos para que la revisen.

Gracias,
Sergio Abad
Grupo La Traviesa · Restauración
645 21 88 03"""),

    dict(id="s13es008", country="ES", date="2027-01-14T09:37", fmt="outlook", stage="firm", ago=3,
         inv="FV-2026-1078", amt="1.912,35", due="2026-12-05",
         frm="Elena Bernal <administracion@talleresebronorte.com>",
         intent="bank_details",
         note="Received a suspicious e-mail announcing a new (Lithuanian) IBAN; asks the firm to confirm its bank account by phone before paying.",
         body="""Buenos días,

Antes de pagar quería confirmar una cosa con vosotros. La semana pasada recibimos un correo, aparentemente de vuestra dirección de administración, diciendo que habíais cambiado de banco y que a partir de ahora los pagos se hicieran a una cuenta nueva, con un IBAN que empieza por LT (no es español). Nos pareció raro, y más ahora que nos llega este aviso.

¿Nos podéis confirmar si la cuenta de siempre sigue siendo la buena? Preferiría que me llamarais al teléfono de abajo, no por correo, por si acaso.

Hasta que no lo tengamos claro, dejamos el pago en espera.

Un saludo,

Elena Bernal
Administración
Talleres Ebro Norte, S.L.
Tel. 976 47 09 61"""),

    dict(id="s13es009", country="ES", date="2026-12-18T13:12", fmt="none", stage="reminder", ago=4,
         inv="FV-2026-1050", amt="96,80", due="2026-11-30",
         frm="J. Carlos Pardo <jcpardo@telefonica.net>",
         intent="unsubscribe",
         note="Asks to remove his address from the automatic e-mails.",
         body="""Les ruego que den de baja esta dirección de correo de sus envíos automáticos. No deseo seguir recibiendo este tipo de mensajes por email. Cualquier comunicación, por carta a mi domicilio.

J. Carlos Pardo"""),

    dict(id="s13es010", country="ES", date="2027-01-11T08:34", fmt="bounce",
         inv="FV-2026-1144", amt="734,50", due="2026-12-20",
         rcpt="pedidos@reformasgallocanta.es", status="5.1.1",
         diag="550 5.1.1 <pedidos@reformasgallocanta.es>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
pedidos@reformasgallocanta.es"""),

    dict(id="s13es011", country="ES", date="2026-12-21T17:55", fmt="tb", stage="second_reminder", ago=3,
         inv="FV-2026-1039", amt="412,37", due="2026-11-28",
         frm="Fisio Delicias <info@fisiodelicias.es>",
         cc="Asesoría Gracia Lapuente <proveedores@gracialapuente.es>",
         intent="other",
         note="Passed to their gestoría (in copy), which handles supplier payments; no payment statement.",
         body="""Hola,

Reenvío vuestro correo a nuestra gestoría (Asesoría Gracia Lapuente), que es quien lleva los pagos a proveedores. Les pongo en copia para que os contesten ellos directamente.

Saludos,

--
Ana Gracia
Fisio Delicias · Fisioterapia y Pilates
C/ Delicias 58, local · 50017 Zaragoza
976 33 12 40"""),

    dict(id="s13es012", country="ES", date="2027-01-19T12:30", fmt="html_gmail", stage="firm", ago=5,
         inv="FV-2026-1027", amt="1.830,40", due="2026-11-30",
         frm="Nuria Esteban <nuria.esteban.decor@gmail.com>",
         intent="paid", paid_on="2027-01-19",
         note="Partial payment: 600 € transferred today on account; the rest only vaguely ('en cuanto pueda, intentaré que sea en febrero').",
         body="""Buenos días,

Os acabo de hacer una transferencia de 600 € a cuenta de la factura FV-2026-1027. Diciembre ha ido bastante peor de lo esperado en la tienda y no puedo pagarla entera ahora mismo.

El resto os lo iré pagando en cuanto pueda, intentaré que sea en febrero. Si necesitáis el justificante os lo mando.

Perdonad las molestias.

Nuria Esteban
Estudio Nuria Esteban · Decoración e interiorismo
C/ San Miguel 12 · Zaragoza
Tel. 699 42 17 05"""),

    dict(id="s13es013", country="ES", date="2027-01-08T10:05", fmt="html_gmail", stage="reminder", ago=1,
         inv="FV-2026-1152", amt="267,41", due="2026-12-28",
         frm="Ferretería Pradilla <ferreteriapradilla@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="'el día 15' written on 8 January = 15 January.",
         body="""Buenos días,

Recibido. Con las fiestas se nos ha quedado atrás. Os lo pagamos el día 15, que es cuando hacemos los pagos a proveedores este mes.

Un saludo,
Pili
Ferretería Pradilla"""),

    dict(id="s13es014", country="ES", date="2026-12-22T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="FV-2026-1008", amt="2.105,60", due="2026-11-25",
         frm="Rebeca Soler Gil <rsoler@policlinicamiralbueno.es>",
         intent="out_of_office", return_date="2027-01-04",
         note="On holiday until 1 January inclusive; back Monday 4 January.",
         body="""Gracias por su mensaje.

Me encuentro de vacaciones hasta el 1 de enero inclusive y no tendré acceso al correo. Me reincorporaré el lunes 4 de enero.

Para temas urgentes de facturación o pagos a proveedores pueden dirigirse a proveedores@policlinicamiralbueno.es o llamar al 976 52 80 00 (ext. 3120).

Un saludo,
Rebeca Soler Gil
Administración · Cuentas a pagar
Policlínica Miralbueno"""),

    dict(id="s13es015", country="ES", date="2026-12-17T13:26", fmt="outlook", stage="firm", ago=2,
         inv="FV-2026-0976", amt="1.568,09", due="2026-11-15",
         frm="Cristina Peña <administracion@transporteslahoz.es>",
         intent="promise", promise_date="2026-12-30",
         note="Assistant relays the manager: it goes in the payment run 'del día 30' (30 December).",
         body="""Hola, buenas:

Os paso lo que me contesta Jorge, que es quien autoriza los pagos.

Un saludo,
Cristina Peña
Administración · Transportes Hermanos Lahoz, S.L.
Pol. Ind. El Portazgo, nave 27 · 50011 Zaragoza
Tel. 976 34 55 20

-----Mensaje original-----
De: Jorge Lahoz <jorge@transporteslahoz.es>
Enviado: jueves, 17 de diciembre de 2026 12:58
Para: Cristina Peña <administracion@transporteslahoz.es>
Asunto: RE: Tercer aviso: factura FV-2026-0976 impagada – Climatización Moncayo S.L.

Diles que va en la remesa del día 30 con el resto de proveedores. Antes no.

J.

Enviado desde mi móvil"""),

    dict(id="s13es016", country="ES", date="2026-12-09T20:40", fmt="tb", stage="second_reminder", ago=2,
         inv=[("FV-2026-0987", "742,50", "2026-11-05"), ("FV-2026-1045", "392,10", "2026-11-25")],
         frm="Tesorería CD Actur Rugby <tesoreria@cdacturrugby.org>",
         intent="paid", paid_on="2026-12-03",
         note="Both invoices paid together by one transfer on Thursday 3 December.",
         body="""Buenas tardes:

Creo que se ha cruzado el pago con vuestro aviso. Las dos facturas (FV-2026-0987 y FV-2026-1045) las pagamos juntas el jueves 3 de diciembre, en una sola transferencia de 1.134,60 € desde la cuenta del club. En el concepto puse "CD ACTUR FRAS 987 Y 1045", por si os cuesta encontrarla.

Os adjunto el justificante.

Un saludo,

--
Alberto Sanz
Tesorero · CD Actur Rugby
Tel. 636 90 14 28"""),

    dict(id="s13es017", country="ES", date="2027-01-13T10:47", fmt="html_outlook", stage="final_notice", ago=2,
         inv="FV-2026-1101", amt="1.089,00", due="2026-12-10",
         frm="Marta Gállego Pueyo <comunidades@fincasordesa.es>",
         intent="dispute",
         note="Property manager contests the hours billed and the travel charge; asks for a corrective invoice and the suspension of collection.",
         body="""Estimados señores:

Me dirijo a ustedes en nombre de la Comunidad de Propietarios de la calle Pedro María Ric, 33, de la que soy administradora, en relación con la factura FV-2026-1101 y con su correo de último aviso.

La comunidad no está conforme con el importe facturado. Según el parte de trabajo firmado por el presidente de la comunidad el pasado 24 de noviembre, el técnico estuvo en el edificio algo menos de dos horas para la revisión del equipo de climatización de las zonas comunes, mientras que en la factura se cargan seis horas de mano de obra, además de un desplazamiento que, según el contrato de mantenimiento vigente, está incluido en la cuota anual.

Por ello, les solicitamos que revisen la factura y nos emitan una factura rectificativa ajustada al parte de trabajo. En cuanto la recibamos, se tramitará el pago sin demora. Mientras tanto, y dado que el importe está discutido, les rogamos que suspendan cualquier acción de reclamación.

Adjunto copia del parte de trabajo y del contrato de mantenimiento.

Reciban un cordial saludo,

Marta Gállego Pueyo
Administradora de Fincas Colegiada
Fincas Ordesa · Administración de Comunidades
C/ Coso 98, 2.º izda. · 50001 Zaragoza
Tel. 976 39 77 02

Este correo electrónico y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que nos lo comunique y lo elimine. Fincas Ordesa trata sus datos conforme al RGPD con la única finalidad de gestionar la relación con las comunidades administradas y sus proveedores."""),

    dict(id="s13es018", country="ES", date="2026-12-28T19:12", fmt="gmail", stage="second_reminder", ago=7,
         inv="FV-2026-1061", amt="2.356,20", due="2026-12-01",
         frm="Tomas Navarro <tnavarro.agro@gmail.com>",
         intent="promise",
         note="'en cuanto pasen las fiestas' is a vague time: no date.",
         body="""buenas, ya lo se que esta pendiente. en cuanto pasen las fiestas lo pago que ahora ando liado con la poda y no piso la oficina. no os preocupeis que no me olvido
tomas"""),

    dict(id="s13es019", country="ES", date="2027-01-18T14:40", fmt="apple", stage="reminder", ago=4,
         inv="FV-2026-1158", amt="798,60", due="2026-12-30",
         frm="Irene Lozano <irene@clinicadentallozano.es>",
         intent="promise", promise_date="2027-01-31",
         note="'a final de mes' written on 18 January = 31 January.",
         body="""Hola,

Disculpad, no lo había visto. Este mes vamos un poco justos de caja con los seguros y la renovación de la licencia del programa de gestión, así que os lo pago a final de mes, cuando entran los cobros de las mutuas.

Un saludo,

Irene Lozano
Clínica Dental Lozano
Av. de Madrid 201 · 50017 Zaragoza
976 31 05 44"""),

    dict(id="s13es020", country="ES", date="2027-01-05T11:22", fmt="gmail", stage="reminder", ago=1,
         inv="FV-2026-1138", amt="145,20", due="2026-12-20",
         frm="Bea Ortín <bea.ortin@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Just paid by card through the link in the e-mail.",
         body="""Hola, acabo de pagarla con tarjeta desde el enlace del correo. Me ha salido pago realizado, ya me decís si os llega.
Gracias, Bea"""),

    dict(id="s13es021", country="ES", date="2026-12-24T08:31", fmt="ooo", stage="heads_up", ago=0,
         inv="FV-2026-1177", amt="1.233,10", due="2027-01-05",
         frm="Juan Pedro Gil <jpgil@frutasdelbajoaragon.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away 24 Dec to 6 Jan inclusive; 6 January is the last day away (and a holiday), back Thursday 7 January.",
         body="""Buenos días,

Estaré fuera de la oficina del 24 de diciembre al 6 de enero, ambos incluidos, con acceso limitado al correo.

Para pedidos y asuntos urgentes, contacte con pedidos@frutasdelbajoaragon.es o en el 978 83 02 15.

¡Felices fiestas!

Juan Pedro Gil
Frutas del Bajo Aragón, S. Coop."""),

    dict(id="s13es022", country="ES", date="2026-12-10T18:02", fmt="gmail", stage="reminder", ago=3,
         inv="FV-2026-1019", amt="556,60", due="2026-11-26",
         frm="Zona Fit Actur <administracion.zonafit@gmail.com>",
         intent="copy_request",
         note="Never received the invoice; asks for the PDF and a statement of everything outstanding before paying.",
         body="""Hola!

Pues no me consta haber recibido esta factura, ni por correo ni en papel. Me la podéis reenviar en PDF? Y ya que estamos, si me mandáis un extracto con todo lo que tengamos pendiente con vosotros mejor, porque creo que hay otra del mantenimiento de octubre que tampoco tengo.

En cuanto la tenga la paso a pagar.

Dani Royo
Zona Fit Actur"""),

    dict(id="s13es023", country="ES", date="2027-01-21T12:14", fmt="gmail", stage="final_notice", ago=2,
         inv="FV-2026-1112", amt="939,18", due="2026-12-12",
         frm="Talleres Chueca <talleres.chueca@gmail.com>",
         intent="promise", promise_date="2027-01-26",
         note="'El martes que viene' written on Thursday 21 January = Tuesday 26 January.",
         body="""Oye, tanto correo y tanta amenaza por 900 euros, que llevamos años trabajando con vosotros y siempre se os ha pagado. El martes que viene os lo ingreso, que es cuando me paga a mí la aseguradora. Y la próxima vez llamadme en vez de mandarme lo del monitorio, hombre.

Fernando Chueca
Talleres Chueca"""),

    dict(id="s13es024", country="ES", date="2026-12-15T10:40", fmt="outlook", stage="reminder", ago=1,
         inv="FV-2026-1088", amt="217,80", due="2026-12-05",
         frm="Óptica Bonaval <info@opticabonaval.com>",
         intent="dispute",
         note="Does not recognise the invoice (no maintenance contracted) and will not pay it as it stands; asking for the work order is secondary.",
         body="""Buenos días,

No sé a qué corresponde esta factura. Nosotros no tenemos contratado ningún mantenimiento con ustedes: el aire acondicionado de la tienda lo lleva la empresa del edificio y nunca hemos pedido una revisión.

Si alguien firmó algo en nuestro nombre, envíennos el parte o el pedido, porque tal y como está no la vamos a pagar.

Un saludo,
Rosa Bonaval
Óptica Bonaval
C/ Alfonso I, 27 · Zaragoza"""),

    dict(id="s13es025", country="ES", date="2027-01-13T16:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("FV-2026-1094", "3.412,50", "2026-12-07"), ("FV-2026-1121", "1.210,00", "2026-12-15"),
              ("FV-2026-1149", "605,00", "2026-12-22")],
         frm="Óscar Bielsa Marco <contabilidad@construccionesalda.es>",
         intent="paid", paid_on="2027-01-11",
         note="One transfer for the three invoices sent 'el pasado lunes 11 de enero'.",
         body="""Buenas tardes:

Les confirmamos que el pasado lunes 11 de enero se emitió transferencia por el total de las tres facturas reclamadas (FV-2026-1094, FV-2026-1121 y FV-2026-1149), por importe de 5.227,50 €. Imagino que el pago se ha cruzado con su aviso.

Les adjunto el justificante bancario. Si en un par de días no les consta, avísennos y lo revisamos con el banco.

Saludos cordiales,

Óscar Bielsa Marco
Departamento de Contabilidad
Construcciones Alda, S.A.
Ctra. de Logroño, km 7,3 · 50120 Monzalbarba (Zaragoza)
T. 976 77 41 90

Antes de imprimir este correo, piense en el medio ambiente.
La información contenida en este mensaje y sus anexos es confidencial y está destinada únicamente a su destinatario. Queda prohibida su divulgación, copia o distribución sin autorización. Si ha recibido este mensaje por error, notifíquelo al remitente y elimínelo."""),

    dict(id="s13es026", country="ES", date="2027-01-07T09:52", fmt="outlook", stage="second_reminder", ago=3,
         inv="FV-2026-1127", amt="1.645,60", due="2026-12-18",
         frm="Ignacio Fernández Abós <administracion@residencialosolivos-zgz.es>",
         intent="promise", promise_date="2027-01-20",
         note="'como muy tarde el 20 de enero' gives a single day.",
         body="""Buenos días:

Disculpen el retraso en el pago de la factura FV-2026-1127, correspondiente a la reparación de la bomba de calor de la segunda planta. Durante las fiestas la administración ha estado bajo mínimos y se nos ha quedado sin tramitar.

Ya está conformada por dirección y la incluiremos en la próxima orden de pagos. En cualquier caso, el pago estará hecho como muy tarde el 20 de enero.

Aprovecho para desearles un feliz año y agradecerles la rapidez con la que vinieron en noviembre; con los residentes no podíamos estar ni un día sin calefacción.

Reciban un cordial saludo,

Ignacio Fernández Abós
Administración
Residencia de Mayores Los Olivos
Tel. 976 50 62 38"""),

    dict(id="s13es027", country="ES", date="2027-01-19T20:31", fmt="apple", stage="reminder", ago=5,
         inv="FV-2026-1131", amt="363,00", due="2026-12-18",
         frm="Marisa Alcaine <marisaalcaine@icloud.com>",
         intent="other",
         note="Wrong recipient: the address belonged to the former tenant of the shop; no new contact given.",
         body="""Hola, creo que os habéis equivocado. Yo no he contratado nada con vosotros, este correo lo tenía antes la anterior inquilina del local de la calle Predicadores, que cerró la peluquería en verano. No tengo su contacto, lo siento.

Enviado desde mi iPhone"""),

    dict(id="s13es028", country="ES", date="2026-12-11T11:18", fmt="outlook", stage="reminder", ago=3,
         inv="FV-2026-1066", amt="181,50", due="2026-12-01",
         frm="Laura Casanova <info@academiababel-zgz.es>",
         intent="bank_details",
         note="Debtor changed bank (direct debit returned) and gives its new IBAN for the debits, including this one.",
         body="""Buenos días,

Creo que ya sé por qué os sale pendiente: en noviembre cambiamos de banco y cerramos la cuenta antigua, así que el recibo del mantenimiento os lo habrán devuelto.

Os paso los datos de la cuenta nueva para que carguéis ahí los recibos a partir de ahora, incluido este:

Titular: Academia Babel Idiomas, S.L.
Entidad: Caja Rural de Aragón
IBAN: ES40 3191 0412 7845 2036 1157

Si necesitáis que firmemos una nueva orden de domiciliación SEPA, mandádnosla y os la devolvemos firmada.

Gracias,
Laura Casanova
Academia Babel · Dirección
976 21 93 30"""),

    dict(id="s13es029", country="ES", date="2027-01-20T17:20", fmt="html_outlook", stage="final_notice", ago=1,
         inv=[("FV-2026-0955", "2.480,50", "2026-10-31"), ("FV-2026-1032", "998,25", "2026-11-30")],
         frm="Elena Berdejo Ruiz <administracion@asadorlosmallos.es>",
         intent="plan_request",
         note="Asks to split 3.478,75 € into monthly instalments and waits for the firm's proposal; 8 January is the reopening date.",
         body="""Estimados señores:

Hemos recibido su último aviso en relación con las facturas FV-2026-0955 y FV-2026-1032, por un total de 3.478,75 €.

Somos conscientes del retraso y les pedimos disculpas. Como saben, el restaurante ha estado cerrado desde octubre por la reforma de la cocina (precisamente la instalación de extracción y climatización que ustedes realizaron) y no reabrimos hasta el 8 de enero, por lo que los últimos meses hemos tenido gastos sin apenas ingresos.

Nuestra intención es saldar la deuda íntegramente, pero en este momento no podemos hacerlo de una sola vez. Les proponemos fraccionar el importe en varios pagos mensuales, en el número de plazos que consideren razonable. Quedamos a la espera de su propuesta y les rogamos que, mientras tanto, no trasladen el expediente a ninguna empresa de recobro.

Atentamente,

Elena Berdejo Ruiz
Gerencia
Asador Los Mallos, S.L.
Ctra. de Ayerbe s/n · 22808 Riglos (Huesca)
Tel. 974 38 20 11"""),

    dict(id="s13es030", country="ES", date="2026-12-29T20:48", fmt="gmail", stage="second_reminder", ago=8,
         inv="FV-2026-1084", amt="471,90", due="2026-12-04",
         frm="Electricidad Ibáñez <ibanez.electricidad@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="'Mañana' written on 29 December = 30 December.",
         body="""Buenas, perdona q no te conteste antes, e estado fuera con la familia estos dias. Mañana sin falta ago el ingreso, que no me acordava que estava pendiente. Un saludo y feliz año

Chema Ibañez"""),

    dict(id="s13es031", country="ES", date="2027-01-12T09:15", fmt="apple", stage="reminder", ago=1,
         inv="FV-2026-1160", amt="1.331,00", due="2027-01-02",
         frm="Lucía Casbas <administracion@casbasarquitectos.com>",
         intent="paid", paid_on="2027-01-08",
         note="'el pasado viernes' written on Tuesday 12 January = Friday 8 January.",
         body="""Buenos días,

La pagamos el pasado viernes por transferencia. Como la hicimos desde otro banco, igual tarda un día más en llegaros. Os adjunto el justificante.

Un saludo,

Lucía Casbas
Casbas Arquitectos
C/ Cinco de Marzo 8, 3.º · 50004 Zaragoza
T 976 22 65 87 · casbasarquitectos.com"""),

    dict(id="s13es032", country="ES", date="2026-12-28T08:31", fmt="ooo", stage="firm", ago=0,
         inv="FV-2026-1003", amt="5.929,00", due="2026-11-20",
         frm="Ana Belén Ortiz <abortiz@keller-automotive.com>",
         subj_prefix="Respuesta automática: ",
         intent="out_of_office", return_date="2027-01-11",
         note="Bilingual auto-reply: out 28 Dec to 8 Jan, replies from Monday 11 January.",
         body="""Gracias por su correo. No estaré en la oficina entre el 28 de diciembre y el 8 de enero. A partir del lunes 11 de enero responderé a su mensaje lo antes posible.
Para asuntos urgentes relacionados con facturas de proveedores, escriba a ap.spain@keller-automotive.com.

Thank you for your e-mail. I am out of the office from 28 December to 8 January and will reply as soon as possible after Monday 11 January.
For urgent matters regarding supplier invoices, please contact ap.spain@keller-automotive.com.

Ana Belén Ortiz
Accounts Payable · Keller Automotive Iberia, S.L.U."""),

    dict(id="s13es033", country="ES", date="2027-01-15T13:02", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FV-2026-1071", amt="3.146,00", due="2026-12-02",
         frm="Sofía Maza <cuentasapagar@hospitalsanlamberto.es>",
         intent="promise",
         note="Approved, goes in 'la remesa de pagos de la semana que viene': a window, no single day.",
         body="""Buenos días,

La factura FV-2026-1071 ya está contabilizada y aprobada. Entrará en la remesa de pagos de la semana que viene, según el calendario de tesorería del hospital.

Disculpen el retraso; con el cierre del ejercicio se nos han acumulado las validaciones.

Saludos,

Sofía Maza
Cuentas a Pagar · Departamento Financiero
Hospital San Lamberto
C/ Miguel Servet 140 · 50013 Zaragoza
Tel. 976 44 10 00 · Ext. 5562

Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción."""),

    dict(id="s13es034", country="ES", date="2026-12-09T08:12", fmt="gmail", stage="reminder", ago=2,
         inv="FV-2026-1035", amt="2.928,20", due="2026-11-30",
         frm="Panadería Cebrián <panaderiacebrian@gmail.com>",
         intent="dispute",
         note="Invoice (2.420 € + IVA) does not match the quote (1.850 € + IVA); will not pay until corrected.",
         body="""Buenos días,

Revisad esta factura porque no cuadra. En el presupuesto que nos hizo Alberto en octubre ponía 1.850 € más IVA por el equipo y la instalación en el obrador, y nos habéis facturado 2.420 más IVA. Nadie nos avisó de ningún extra.

Mientras no nos mandéis la factura corregida según el presupuesto no la vamos a pagar. Si hay algún extra justificado, que alguien nos llame y nos lo explique.

Saludos
Miguel Cebrián"""),

    dict(id="s13es035", country="ES", date="2027-01-21T10:27", off="+0000", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FV-2026-1105", amt="2.662,00", due="2026-12-10",
         frm="Cuentas a Pagar Iberpack <facturas.proveedores@iberpacklogistica.com>",
         intent="copy_request",
         note="Invoice rejected for lack of a purchase-order number; asks for it to be re-sent with the PO.",
         body="""Buenos días,

En respuesta a su correo, les informamos de que la factura FV-2026-1105 fue rechazada por nuestro sistema de recepción de facturas por no indicar el número de pedido de compra (PO).

Todas las facturas dirigidas a Iberpack Logística, S.A. deben incluir el número de pedido asignado por nuestro departamento de Compras (formato 45XXXXXXXX). Les rogamos que soliciten dicho número a la persona que realizó el pedido y nos reenvíen la factura con ese dato a esta misma dirección. Una vez registrada, se abonará según las condiciones de pago acordadas.

Un saludo,

Equipo de Cuentas a Pagar
Iberpack Logística, S.A.
Plataforma Logística Zaragoza · C/ Turiaso 6 · 50197 Zaragoza

Por favor, no envíe facturas en papel. Este buzón solo admite facturas en PDF, una por archivo."""),

    dict(id="s13es036", country="ES", date="2027-01-04T10:40", fmt="apple", stage="reminder", ago=4,
         inv="FV-2026-1147", amt="302,50", due="2026-12-21",
         frm="Ramón Mur <ramonmur1958@yahoo.es>",
         intent="contact_change",
         note="Daughter now runs the butcher's; invoices and payments to her, by phone; no e-mail address given.",
         body="""Buenos días. Soy Pilar, la hija de Ramón. Os escribo desde el correo de mi padre porque se ha jubilado y desde este mes la carnicería la llevo yo. Las cosas de facturas y pagos, a partir de ahora conmigo, que él ya no mira el correo. Mi teléfono es el 654 70 32 19, llamadme cuando queráis y lo vemos.

Pilar Mur
Carnicería Mur

Enviado desde mi iPhone"""),

    dict(id="s13es037", country="ES", date="2027-01-07T21:15", fmt="html_gmail", stage="reminder", ago=3,
         inv="FV-2026-1115", amt="254,10", due="2026-12-15",
         frm="Álex Cortés <alex.cortes.lm@gmail.com>",
         intent="paid", paid_on="2026-12-30",
         note="Paid by transfer on 30/12; side question about the boiler service does not change the label.",
         body="""Hola,

Esta factura la pagué el 30/12 por transferencia, a nombre de Alejandro Cortés Lamana. Revisadlo porque debería estar.

Aprovecho: ¿cuándo nos toca la revisión anual de la caldera? Creo que el año pasado fue en febrero y quería cuadrarlo para estar en casa.

Gracias
Álex"""),

    dict(id="s13es038", country="ES", date="2026-12-14T12:10", fmt="tb", stage="firm", ago=4,
         inv="FV-2026-0969", amt="6.352,50", due="2026-11-12",
         frm="Administración Coop. Santa Quiteria <administracion@coopsantaquiteria.es>",
         intent="promise", promise_date="2026-12-22",
         note="Transfer announced for 22/12/2026.",
         body="""Buenos días:

Acusamos recibo de su escrito. Les informamos de que la factura FV-2026-0969, correspondiente a la instalación de la cámara de conservación del almacén, fue aprobada en la reunión del Consejo Rector del pasado jueves.

El pago se realizará mediante transferencia el 22/12/2026, junto con el resto de pagos a proveedores de este mes.

Atentamente,

--
José Antonio Laborda
Administración
Cooperativa del Campo Santa Quiteria
Avda. Cosculluela 4 · 50600 Ejea de los Caballeros (Zaragoza)
Tel. 976 66 00 87"""),

    dict(id="s13es039", country="ES", date="2026-12-16T11:45", fmt="outlook", stage="second_reminder", ago=2,
         inv="FV-2026-0932", amt="4.114,00", due="2026-10-30",
         frm="Administración Reformas Aljafería <administracion@reformasaljaferia.es>",
         intent="other",
         note="Debtor in insolvency proceedings (concurso); the claim must be lodged with the insolvency administrator.",
         body="""Buenos días,

Les comunicamos que, mediante auto de 2 de diciembre de 2026 del Juzgado de lo Mercantil n.º 2 de Zaragoza, Reformas Integrales Aljafería, S.L. ha sido declarada en concurso de acreedores (procedimiento 612/2026).

En consecuencia, la sociedad no puede atender fuera del procedimiento el pago de deudas anteriores a la declaración de concurso. Para el reconocimiento de su crédito deben dirigirse a la administración concursal, Lexaudit Concursal, S.L.P., en la dirección concurso.aljaferia@lexaudit.es, aportando copia de las facturas pendientes, en el plazo de un mes desde la publicación del auto en el BOE.

Atentamente,

Administración
Reformas Integrales Aljafería, S.L."""),

    dict(id="s13es040", country="ES", date="2027-01-27T13:05", fmt="gmail", stage="second_reminder", ago=1,
         inv="FV-2026-1170", amt="199,65", due="2027-01-10",
         frm="quique lamata <quiquelamata@gmail.com>",
         intent="paid", paid_on="2027-01-25",
         note="'el lunes' (past) written on Wednesday 27 January = Monday 25 January.",
         body="""lo pague el lunes por transferencia, revisadlo xq tiene q estar. si no os llega me decis y os mando el justificante del banco"""),
]
