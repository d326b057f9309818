"""Spanish debtor replies (set 11, part es). Creditor: Electro Albufera Instalaciones S.L. (Paterna, Valencia),
electrical installations, alarms and their maintenance. Every body below was written by hand, one by one."""

CASES = [
    dict(id="s11es001", date="2026-12-09T23:14", fmt="gmail", stage="reminder", ago=1,
         inv="EA26-1093", amt="287,98", due="2026-11-30",
         frm="Toni Ribes <toniribes.bar@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Bar owner typing late at night: will transfer on Friday (11 Dec).",
         body="""hola, se me paso completamente con el lio de estos dias. el viernes te hago la transferencia sin falta

toni
bar el rincon de benimaclet"""),

    dict(id="s11es002", date="2026-12-10T10:22", fmt="html_outlook", stage="reminder", ago=2,
         inv="EA26-0987", amt="1.342,11", due="2026-11-25",
         frm="Marta Llopis Ferrer <contabilidad@llopissanchis-fincas.es>",
         intent="paid", paid_on="2026-12-04",
         note="Property manager: the community paid by transfer on Friday 4 December; offers proof if still not seen.",
         body="""Buenos días:

En relación con su correo, les informamos de que la factura EA26-0987, correspondiente a la reparación del cuadro general de la Comunidad de Propietarios Avda. Blasco Ibáñez 112, fue abonada mediante transferencia el pasado viernes 4 de diciembre desde la cuenta de la comunidad en CaixaBank.

Es posible que todavía no les figure por el puente. Si el lunes siguen sin verlo, díganmelo y les remito el justificante.

Un saludo,

Marta Llopis Ferrer
Departamento de Contabilidad
Llopis & Sanchis Administración de Fincas
C/ Jesús 41, bajo · 46007 Valencia
Tel. 963 80 14 52
Colegiada CAF Valencia n.º 2187

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su borrado. Sus datos se tratan conforme al Reglamento (UE) 2016/679 (RGPD); puede ejercer sus derechos en lopd@llopissanchis-fincas.es."""),

    dict(id="s11es003", date="2026-12-11T13:47", fmt="gmail", stage="second_reminder", ago=3,
         inv="EA26-1021", amt="96,80", due="2026-10-31",
         frm="Nuria Peris <nuriaperis.estilistas@gmail.com>",
         intent="dispute",
         note="Hair salon cancelled the alarm contract in September; refuses the Q4 maintenance invoice and asks for a credit note.",
         body="""Hola,

Otra vez me llega esto. Ya lo dije por teléfono en octubre: la alarma de la peluquería la di de baja en septiembre, os mandé el burofax y todo. No entiendo por qué seguís facturando el mantenimiento del cuarto trimestre.

Esa factura no la voy a pagar. Anuladla y mandadme la factura de abono, por favor, que no quiero que me salga como deuda.

Nuria Peris
Estilistas Nuria Peris – Torrent"""),

    dict(id="s11es004", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="EA26-1142", amt="2.904,00", due="2026-12-15",
         frm="Intervenció Municipal <intervencio@vilanovahorta.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="Town hall auto-reply: on holiday, back Monday 11 January 2027.",
         body="""Gracias por su mensaje.

Me encuentro fuera de la oficina por vacaciones desde el 23 de diciembre. Me reincorporaré el lunes 11 de enero de 2027.

Para asuntos urgentes relacionados con facturas y pagos pueden dirigirse a tesoreria@vilanovahorta.es o llamar al 96 185 20 30 (ext. 214).

---

Gràcies pel seu missatge. Estic fora de l'oficina per vacances i em reincorporaré el dilluns 11 de gener de 2027.

Ajuntament de Vilanova de l'Horta
Àrea d'Intervenció"""),

    dict(id="s11es005", date="2026-12-14T09:48", fmt="outlook", stage="reminder", ago=4,
         inv="EA26-1104", amt="665,50", due="2026-11-30",
         frm="Elena Marco <administracion@clinicamarcosoler.es>",
         intent="copy_request",
         note="Dental clinic has no record of the invoice; asks for the PDF with its purchase-order number before paying.",
         body="""Buenos días,

Hemos revisado nuestras cuentas y no tenemos registrada ninguna factura con el número EA26-1104. ¿Nos la pueden enviar en PDF?

Para contabilizarla necesitamos además que figure nuestro número de pedido (PC-2026-311), ya que sin él el programa no nos deja darla de alta. Es el pedido de la sustitución de las luminarias del gabinete 2.

En cuanto la tengamos la pasamos a pago.

Saludos cordiales,

Elena Marco
Administración
Clínica Dental Marco Soler
Av. del Puerto 88, 46023 Valencia
Tel. 963 67 22 10"""),

    dict(id="s11es006", date="2026-12-15T19:40", fmt="tb", stage="second_reminder", ago=5,
         inv="EA26-1037", amt="418,50", due="2026-11-20",
         frm="Paco Gimeno <tesoreria.avvsanisidro@gmail.com>",
         intent="promise",
         note="Neighbours' association will pay after the January assembly approves the expense; no day given.",
         body="""Hola buenas tardes,

Soy Paco Gimeno, tesorero de la Asociación de Vecinos San Isidro. Recibimos vuestro aviso de la factura de la iluminación del local social.

La asociación funciona con lo que se aprueba en asamblea y la próxima es en enero. En cuanto se apruebe el gasto os hacemos el ingreso, no os preocupéis que no nos olvidamos. Es que sin la firma de la presidenta y la mía no podemos mover la cuenta.

Un saludo y felices fiestas

Paco Gimeno
Tesorero AVV San Isidro
657 43 21 09"""),

    dict(id="s11es007", date="2026-12-16T11:05", fmt="gmail", stage="reminder", ago=2,
         inv=[("EA26-0955", "412,50", "2026-10-31"), ("EA26-1012", "386,20", "2026-11-15"), ("EA26-1088", "407,67", "2026-11-30")],
         frm="Ferretería Hnos. Climent <ferreteriaclimentalzira@gmail.com>",
         intent="paid", paid_on="2026-12-16",
         note="Shop paid the three invoices this morning in one transfer.",
         body="""Buenos días

Esta mañana os he hecho una sola transferencia por las tres facturas (EA26-0955, EA26-1012 y EA26-1088), total 1.206,37 €. En el concepto he puesto el nombre de la ferretería porque no cabían los tres números.

Un saludo
Vicente Climent
Ferretería Hnos. Climent – Alzira"""),

    dict(id="s11es008", date="2026-12-17T12:30", fmt="outlook", stage="reminder", ago=3,
         inv="EA26-1130", amt="3.180,90", due="2026-12-05",
         frm="José Luis Berenguer <administracion@colegiosantateresa-burjassot.es>",
         intent="bank_details",
         note="School received an e-mail announcing a new IBAN and suspects fraud; wants the firm's account confirmed before paying.",
         body="""Buenos días:

Antes de ordenar el pago de la factura EA26-1130 (instalación de la alarma del pabellón) queremos confirmar sus datos bancarios.

La semana pasada recibimos en administración un correo, supuestamente de su empresa, en el que se indicaba que su cuenta había cambiado a otra entidad (IBAN terminado en 7731). No coincide con la cuenta que tenemos de ustedes desde hace años y el correo venía de una dirección que no era la habitual, así que nos ha parecido sospechoso.

¿Pueden confirmarnos por teléfono cuál es su cuenta correcta? Preferimos no hacer nada hasta hablar con ustedes.

Atentamente,

José Luis Berenguer
Administrador
Colegio Santa Teresa – Burjassot
Tel. 96 363 18 40"""),

    dict(id="s11es009", date="2026-12-15T09:12", fmt="html_outlook", stage="reminder", ago=1,
         inv="EA26-1069", amt="5.626,40", due="2026-11-30",
         frm="Cuentas a Pagar <proveedores@logisticaturia.es>",
         intent="promise", promise_date="2026-12-24",
         note="AP department pays on the 10th and 25th; the 25th being a holiday, December's run goes out on Thursday 24th and includes the invoice.",
         body="""Estimados señores:

Les confirmamos que la factura EA26-1069 está conformada y contabilizada.

Según nuestra política de pagos, abonamos a proveedores los días 10 y 25 de cada mes. Dado que el 25 de diciembre es festivo, la remesa de este mes se emitirá el jueves 24, y la factura está incluida en ella.

Les rogamos que no tengan en cuenta nuevos recordatorios hasta esa fecha.

Atentamente,

Departamento de Cuentas a Pagar
Transportes y Logística Turia, S.A.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Barcelona 9 · 46988 Paterna (Valencia)
proveedores@logisticaturia.es · Tel. 961 32 55 00

Transportes y Logística Turia, S.A. – Inscrita en el Registro Mercantil de Valencia, Tomo 7210, Libro 4512, Folio 33, Hoja V-84120. CIF A46321578."""),

    dict(id="s11es010", date="2026-12-10T08:34", fmt="bounce", stage="reminder",
         inv="EA26-0912", amt="154,88", due="2026-10-31",
         rcpt="info@barlamarina-cullera.es", status="5.1.1",
         diag="550 5.1.1 <info@barlamarina-cullera.es>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx1.hostinet.com",
         intent="bounce",
         note="Delivery failure: the bar's address no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
info@barlamarina-cullera.es

The recipient's mail server permanently rejected the message (550 5.1.1 user unknown)."""),

    dict(id="s11es011", date="2026-12-18T10:16", fmt="gmail", stage="reminder", ago=2,
         inv="EA26-1110", amt="242,00", due="2026-12-01",
         frm="Carmen Soriano <carmensoriano.gil@gmail.com>",
         intent="other",
         note="Wrong recipient: says she has never been a customer; asks the firm to check its records.",
         body="""Buenas,

Creo que se han equivocado de destinatario. Yo no soy cliente suyo ni he contratado nunca ninguna instalación con ustedes. Me llamo Carmen Soriano Gil, a lo mejor tienen a otra Carmen Soriano y han cruzado los datos.

Revisen sus ficheros, por favor, que no me gustaría que mi correo estuviera asociado a la deuda de otra persona.

Un saludo"""),

    dict(id="s11es012", date="2026-12-18T21:05", fmt="apple", stage="second_reminder", ago=4,
         inv="EA26-1051", amt="1.851,30", due="2026-11-25",
         frm="Amparo Sanchis <amparosanchis71@icloud.com>",
         intent="plan_request",
         note="Private customer cannot pay the alarm installation at once; asks to pay in three or four instalments.",
         body="""Hola buenas,

Soy Amparo, la de la alarma del chalet de Bétera. Perdonad el retraso.

Este mes se nos ha juntado todo (el seguro del coche, la matrícula de los chicos y ahora las Navidades) y no me llega para pagar los 1.851,30 de golpe. ¿Habría posibilidad de pagarlo en tres o cuatro veces? Decidme cómo lo hacemos y si hay que firmar algo.

Gracias y perdón otra vez

Enviado desde mi iPhone"""),

    dict(id="s11es013", date="2026-12-17T14:02", fmt="gmail", stage="reminder", ago=1,
         inv="EA26-1099", amt="133,10", due="2026-12-10",
         frm="Kike Barbería <barberiakike.mislata@gmail.com>",
         intent="promise", promise_date="2026-12-18",
         note="Barber: will pay tomorrow (18 Dec).",
         body="""vale perdona, mañana te lo pago sin falta que hoy no me da tiempo a ir al banco"""),

    dict(id="s11es014", date="2026-12-21T08:47", fmt="apple", stage="reminder", ago=3,
         inv="EA26-1085", amt="189,00", due="2026-12-10",
         frm="Jordi Martí <jordi.marti.pons@icloud.com>",
         intent="paid", paid_on="2026-12-20",
         note="Paid yesterday (Sunday 20 Dec) by card through the link.",
         body="""Buenos días,

Lo pagué ayer domingo con la tarjeta desde el enlace de vuestro correo. Me salió la pantalla de pago correcto y me llegó el SMS del banco, así que entiendo que ya está.

Si no os aparece me decís.

Jordi

Enviado desde mi iPhone"""),

    dict(id="s11es015", date="2026-12-22T11:38", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="EA26-1076", amt="2.117,50", due="2026-11-30",
         frm="Rosa María Cervera <rosamaria@fincascervera.com>",
         intent="dispute",
         note="Owners' community will not pay the video door-entry job until it works in every flat; asks for a technician visit.",
         body="""Buenos días:

Le escribo como administradora de la Comunidad de Propietarios C/ Sueca 45 (Valencia), en relación con la factura EA26-1076 por la sustitución del videoportero.

Varios vecinos nos siguen comunicando que desde los pisos 5.º y 6.º no se oye la voz del visitante y que la puerta de la calle no abre desde algunos monitores. Su técnico vino el 2 de diciembre, dijo que volvería con una pieza y no hemos vuelto a tener noticias.

La Junta de Gobierno ha acordado no abonar la factura hasta que la instalación funcione correctamente en todas las viviendas. Les ruego que se pongan en contacto conmigo para concertar la visita lo antes posible, ya que hay personas mayores en el edificio.

Atentamente,

Rosa María Cervera Alós
Administradora de Fincas Colegiada n.º 1642
Fincas Cervera
Gran Vía Fernando el Católico 19, 3.º · 46008 Valencia
Tel. 963 84 07 71 · Móvil 619 20 45 88"""),

    dict(id="s11es016", date="2026-12-22T16:20", fmt="ooo", stage="reminder", ago=0,
         inv="EA26-1151", amt="544,50", due="2026-12-20",
         frm="Administración Fisio Levante <admin@fisiolevante.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Physiotherapy clinic auto-reply: away 22 Dec to 6 Jan inclusive, back Thursday 7 January.",
         body="""Hola,

Estaré fuera de la oficina del 22 de diciembre al 6 de enero, ambos incluidos, sin acceso al correo. A partir del jueves 7 de enero contestaré a su mensaje.

Si se trata de una cita o de un tema de pacientes, llame a recepción al 960 11 42 38.

¡Felices fiestas!

Sara Cano
Administración · Fisio Levante"""),

    dict(id="s11es017", date="2026-12-28T12:51", fmt="gmail", stage="second_reminder", ago=4,
         inv="EA26-1061", amt="320,65", due="2026-11-30",
         frm="Lorena Moda <modalorena.sueca@gmail.com>",
         intent="contact_change", new_email="facturas@gestoriaribera.es",
         note="Shop asks that invoices and reminders go to its accountants' address.",
         body="""Hola,

Por favor, a partir de ahora las facturas y los avisos de pago de la tienda mandadlos a la gestoría, que son los que lo llevan todo: facturas@gestoriaribera.es (a la atención de Sonia).

Yo este correo casi no lo miro y se me pasan las cosas, por eso no me había enterado.

Gracias,
Lorena
Moda Lorena · C/ Mayor 14, Sueca"""),

    dict(id="s11es018", date="2026-12-29T10:04", fmt="html_outlook", stage="reminder", ago=1,
         inv="EA26-1127", amt="4.235,00", due="2026-12-15",
         frm="Proveedores - Supermercados Vall <proveedores@supervall.es>",
         intent="promise", promise_date="2027-01-15",
         note="AP: invoice is in the Sabadell confirming line, maturing 15/01/2027.",
         body="""Buenos días,

Les informamos de que la factura EA26-1127 ha sido incluida en nuestra línea de confirming con Banco Sabadell, con vencimiento 15/01/2027.

En los próximos días recibirán la comunicación del banco. Si desean cobrar antes de esa fecha pueden solicitar el anticipo directamente a la entidad.

Para cualquier consulta sobre pagos, por favor indiquen siempre el número de proveedor (P-04512).

Saludos,

Inmaculada Roig
Contabilidad de Proveedores
Supermercados Vall, S.L.
Ctra. de Ademuz km 12 · 46184 San Antonio de Benagéber
Tel. 961 35 08 20 ext. 310

Este correo electrónico y, en su caso, cualquier fichero anexo, contiene información de carácter confidencial dirigida exclusivamente a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de Supermercados Vall, S.L."""),

    dict(id="s11es019", date="2027-01-12T09:25", fmt="outlook", stage="second_reminder", ago=6,
         inv="EA26-1118", amt="6.897,00", due="2026-12-10",
         frm="Registro de Facturas - Ayuntamiento de Santa Fe del Júcar <facturas@santafedeljucar.es>",
         intent="copy_request",
         note="Town hall has no record of the invoice; it must be submitted as an e-invoice through FACe with its DIR3 codes before payment.",
         body="""Buenos días:

En relación con su recordatorio, le comunico que en el Registro Contable de Facturas de este Ayuntamiento no consta la factura EA26-1118.

De acuerdo con la Ley 25/2013, de impulso de la factura electrónica, las sociedades mercantiles están obligadas a expedir factura electrónica a las Administraciones Públicas y a presentarla a través del punto general de entrada FACe, indicando los códigos DIR3:

Oficina contable: L01469990
Órgano gestor: L01469990
Unidad tramitadora: L01469990

La factura en PDF remitida por correo electrónico no puede tramitarse. Les rogamos que la presenten en FACe; una vez registrada, se iniciará el procedimiento de conformidad y pago.

Atentamente,

Negociado de Intervención y Registro de Facturas
Ayuntamiento de Santa Fe del Júcar
Plaza de la Constitución, 1 · Tel. 962 57 03 11"""),

    dict(id="s11es020", date="2027-01-07T13:19", fmt="gmail", stage="final_notice", ago=2,
         inv="EA26-1003", amt="478,30", due="2026-11-10",
         frm="Salva Cafeteria Los Naranjos <cafelosnaranjos@hotmail.es>",
         intent="paid", paid_on="2027-01-04",
         note="Angry: paid by transfer on Monday (4 Jan); offers proof. 'No more letters' is a complaint, not the main point.",
         body="""Os lo pague el lunes por transferencia. EL LUNES. Y ahora me mandais un correo diciendo que me vais a llevar a un monitorio??

Mirad bien las cuentas antes de amenazar a la gente, que llevo 8 años trabajando con vosotros y nunca os he dejado nada a deber.

Si no lo veis llamadme y os mando el justificante, pero no me mandeis mas cartas de estas.

Salva
Cafetería Los Naranjos"""),

    dict(id="s11es021", date="2027-01-08T09:10", fmt="outlook", stage="second_reminder", ago=3, fwd=True,
         inv="EA26-1139", amt="266,20", due="2026-12-20",
         frm="Pilar Gómez <secretaria@esteveasociados.es>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: they will pay on Friday the 15th.",
         body="""Buenos días,

Les reenvío la respuesta de D. Ramón Esteve sobre su factura, ya que está de viaje y me ha pedido que se la hiciera llegar.

Un saludo,

Pilar Gómez
Secretaría de Dirección
Esteve & Asociados, Asesores Fiscales
C/ Colón 60, 4.º · 46004 Valencia · Tel. 963 52 19 07

-----Mensaje original-----
De: Ramón Esteve
Enviado: jueves, 7 de enero de 2027 19:42
Para: Pilar Gómez
Asunto: RE: Segundo aviso: factura EA26-1139 pendiente de pago

Pilar, diles que lo pagamos el viernes 15 sin falta, que en cuanto vuelva lo firmo. Perdona el lío.

Ramón

Enviado desde mi móvil"""),

    dict(id="s11es022", date="2027-01-11T17:33", fmt="gmail", stage="second_reminder", ago=4,
         inv="EA26-1115", amt="1.028,50", due="2026-12-10",
         frm="Fernando Alcaide <f.alcaide.ruiz@gmail.com>",
         intent="unsubscribe",
         note="Asks to be taken off the automatic reminders; wants to be called or written to by letter instead.",
         body="""Buenas tardes,

Les pido que me den de baja de estos correos automáticos. Cada pocos días me llega uno y no tengo por qué recibir avisos de un robot.

Si tienen algo que reclamarme, que me llame el señor Adrián, que es con quien traté la obra, o que me escriban una carta como se ha hecho toda la vida.

Sin más,
Fernando Alcaide"""),

    dict(id="s11es023", date="2027-01-13T12:07", fmt="none", stage="reminder", ago=1,
         inv=[("EA26-1171", "1.573,00", "2026-12-31"), ("EA26-1178", "363,00", "2026-12-31")],
         frm="Administración CMQ Russafa <administracion@cmqrussafa.es>",
         intent="paid", paid_on="2027-01-12",
         note="Medical centre's admin: both invoices paid by transfer dated 12/01/2027.",
         body="""Estimados señores:

Les comunicamos que las facturas EA26-1171 y EA26-1178 han sido abonadas mediante transferencia bancaria con fecha 12/01/2027, por un importe total de 1.936,00 €, a la cuenta que figura en las propias facturas.

Rogamos que, en adelante, nos remitan las facturas antes del día 20 de cada mes para poder incluirlas en el cierre mensual.

Atentamente,

Departamento de Administración
Centro Médico Quirúrgico Russafa, S.L.
C/ Sueca 2 · 46006 Valencia · Tel. 963 74 66 10

De conformidad con lo establecido en el Reglamento (UE) 2016/679 y en la Ley Orgánica 3/2018, le informamos de que sus datos forman parte de un fichero responsabilidad de Centro Médico Quirúrgico Russafa, S.L., con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a dpo@cmqrussafa.es. Este mensaje es confidencial; si lo ha recibido por error, notifíquelo al remitente y elimínelo."""),

    dict(id="s11es024", date="2027-01-14T10:41", fmt="gmail", stage="reminder", ago=2,
         inv="EA26-1164", amt="1.500,40", due="2026-12-31",
         frm="Laia Ferrando <clinica@veterinariaelsarcs.es>",
         intent="dispute",
         note="Vet clinic contests the amount: quote was 980 € + IVA, invoice is 1.240 € + IVA; asks for a corrected invoice.",
         body="""Hola, buenos días:

He revisado la factura EA26-1164 y no me cuadra. El presupuesto que firmamos para la instalación de las tomas y la línea nueva del quirófano era de 980 € más IVA, y en la factura aparecen 1.240 € más IVA. La diferencia son unas "horas adicionales" y "material complementario" que nadie nos consultó.

Pago encantada lo presupuestado, pero el resto no, a no ser que me expliquen qué es y por qué no se nos avisó antes de hacerlo. Les agradecería que nos enviaran una factura rectificativa por el importe del presupuesto.

Saludos,

Dra. Laia Ferrando
Clínica Veterinària Els Arcs
Av. Blasco Ibáñez 3 · 46980 Paterna
Tel. 961 38 27 15"""),

    dict(id="s11es025", date="2026-12-24T07:02", fmt="ooo", stage="second_reminder", ago=1,
         inv="EA26-1081", amt="968,00", due="2026-11-30",
         frm="Administración Transportes Canet <administracion@transcanet.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Closed until Sunday 3 January inclusive; first working day back is Monday 4 January.",
         body="""Estimado/a remitente:

Por vacaciones de Navidad, el departamento de administración de Transportes Canet permanecerá cerrado hasta el domingo 3 de enero inclusive. Su correo será atendido a nuestro regreso.

Para incidencias con envíos en curso, contacte con tráfico en el 964 14 77 02 (servicio de guardia).

Le deseamos unas felices fiestas.

Transportes Canet, S.L.
Pol. Ind. Mediterráneo, parcela 22 · 12589 Canet lo Roig (Castellón)"""),

    dict(id="s11es026", date="2026-12-19T10:55", fmt="outlook", stage="reminder", ago=1,
         inv="EA26-1072", amt="752,31", due="2026-11-30",
         frm="Jugueteria Pinocho <jugueteriapinocho@telefonica.net>",
         intent="promise",
         note="Toy shop in its Christmas season: will pay early January, after Reyes; no single day.",
         body="""Hola buenas,

Somos la jugueteria de la calle Cuba. Ya sabemos que tenemos pendiente la factura del cambio de los fluorescentes a led, no se nos ha olvidado.

Estamos en plena campaña y ahora mismo todo el dinero esta metido en genero, pero a primeros de enero despues de Reyes os lo pagamos todo sin falta.

Disculpad las molestias y felices fiestas

Mari Carmen
Juguetería Pinocho"""),

    dict(id="s11es027", date="2027-01-15T11:26", fmt="outlook", stage="reminder", ago=2,
         inv="EA27-0014", amt="72,60", due="2027-01-05",
         frm="Academia Lingua Viva <gestion@linguaviva.es>",
         intent="bank_details",
         note="Customer announces its own new account for the direct debit and asks to present the returned receipt again there.",
         body="""Buenos días,

Os escribo porque creo que el recibo del mantenimiento de la alarma de enero os ha venido devuelto. Es culpa nuestra: en diciembre cambiamos de banco y cerramos la cuenta de Bankinter donde lo teníais domiciliado.

La nueva cuenta es ES76 2100 4587 1102 0061 3359 (CaixaBank), titular Academia Lingua Viva S.L. ¿Podéis cambiar la domiciliación y volver a pasar el recibo a esta cuenta? Si necesitáis una nueva orden SEPA firmada decídmelo y os la mando hoy mismo.

Gracias y perdonad el lío,

Begoña Navarro
Academia Lingua Viva
C/ Reina Doña Germana 8 · 46005 Valencia
Tel. 963 95 41 20"""),

    dict(id="s11es028", date="2026-12-16T13:15", fmt="tb", stage="firm", ago=2,
         inv=[("EA26-0871", "3.448,50", "2026-09-30"), ("EA26-0934", "2.057,00", "2026-10-31")],
         frm="Administración Concursal Reformas Camp de Túria <ac.reformascampdeturia@concursal-lexva.es>",
         intent="other",
         note="Debtor in insolvency proceedings: the firm must lodge its claim with the insolvency administrator; no payment statement.",
         body="""Muy señores nuestros:

En relación con su requerimiento de pago, les comunicamos que mediante Auto del Juzgado de lo Mercantil n.º 3 de Valencia, de fecha 30 de noviembre de 2026 (procedimiento concursal 1187/2026), se ha declarado el concurso de acreedores de REFORMAS INTEGRALES CAMP DE TÚRIA, S.L., habiendo sido designada esta firma como administración concursal.

Conforme a la normativa concursal, la deudora no puede atender pagos de créditos anteriores a la declaración de concurso fuera del procedimiento. Les rogamos que comuniquen su crédito a esta administración concursal, en el plazo de un mes desde la publicación del auto en el BOE, a la dirección de correo electrónico indicada en este mensaje, acompañando copia de las facturas y de cualquier documento justificativo.

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Lexva Concursal, S.L.P.
Administración Concursal de Reformas Integrales Camp de Túria, S.L.
C/ Pintor Sorolla 12, 5.º · 46002 Valencia
Tel. 963 15 60 44"""),

    dict(id="s11es029", date="2027-01-05T09:37", fmt="html_gmail", stage="reminder", ago=1,
         inv="EA26-1158", amt="199,65", due="2026-12-28",
         frm="Escoleta Els Menuts <escoletaelsmenuts@gmail.com>",
         intent="paid", paid_on="2026-12-30",
         note="Nursery school attaches proof of a transfer made on 30 December.",
         body="""Hola!

Os adjunto el justificante de la transferencia que hicimos el 30 de diciembre por la factura de la revisión de las luces de emergencia. Puede que tarde un poco en aparecer porque la hicimos desde Caixa Popular y en fiestas va más lenta.

Bon any!

Rebeca Puchades
Escoleta Els Menuts
C/ Sant Vicent 31 · 46113 Moncada
Tel. 961 39 02 64"""),

    dict(id="s11es030", date="2027-01-08T18:22", fmt="apple", stage="second_reminder", ago=3,
         inv="EA26-1133", amt="145,20", due="2026-12-15",
         frm="Maite Llácer <maitellacer@icloud.com>",
         intent="promise", promise_date="2027-01-11",
         note="Very short, Friday evening: will transfer on Monday (11 Jan).",
         body="""Ok, el lunes hago la transferencia

Enviado desde mi iPhone"""),

    dict(id="s11es031", date="2027-01-18T20:14", fmt="gmail", stage="firm", ago=3,
         inv="EA26-1124", amt="7.986,00", due="2026-12-15",
         frm="Vicent Albert <vicent.albert.m@gmail.com>",
         intent="plan_request",
         note="Owners' community president asks to pay the wiring renewal in instalments as the levy is collected; no date.",
         body="""Buenas tardes,

Soy Vicent Albert, presidente este año de la comunidad de propietarios de la calle Músico Ginés 9, en Manises. Hemos recibido el recordatorio de la factura de la renovación de la instalación eléctrica de la escalera y el garaje (EA26-1124).

El problema es que el fondo de la comunidad no da para pagar los 7.986 € de una vez, y la derrama que aprobamos se cobra a los vecinos en cuatro recibos trimestrales. ¿Sería posible pagaros la factura también a plazos, según vayamos cobrando?

Si os parece bien, decidnos qué necesitáis para formalizarlo y lo llevo a la próxima junta.

Gracias,

Vicent Albert
Presidente CP Músico Ginés 9
Tel. 676 30 18 52"""),

    dict(id="s11es032", date="2027-01-18T09:03", fmt="outlook", stage="reminder", ago=4,
         inv="EA26-1148", amt="834,90", due="2026-12-20",
         frm="Óscar Peiró <administracion@limpiezashortanord.es>",
         intent="copy_request",
         note="Office-cleaning company cannot find the invoice nor a signed work order; asks for copies of both to check.",
         body="""Buenos dias,

Hemos recibido su recordatorio pero no encontramos la factura EA26-1148 en nuestra contabilidad. Tampoco tenemos albaran firmado de ese trabajo, nuestro responsable de mantenimiento dice que no le consta ninguna intervencion en la nave el mes pasado.

Por favor nos podrian remitir copia de la factura y el parte de trabajo firmado para poder comprovarlo?

Gracias. Un saludo

Óscar Peiró
Dpto. Administracion
Limpiezas Horta Nord S.L.
C/ del Treball 15 · 46120 Alboraia
Tel. 961 86 54 30"""),

    dict(id="s11es033", date="2027-01-19T12:48", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="EA26-1095", amt="3.025,00", due="2026-12-05",
         frm="Tesorería Municipal <tesoreria@alqueriadelriu.es>",
         cc="Intervención <intervencion@alqueriadelriu.es>",
         intent="promise", promise_date="2027-01-29",
         note="Town hall treasurer: invoice approved; payment in the next payment order, planned for Friday 29 January 2027.",
         body="""Buenos días:

En contestación a su correo, le informo de que la factura EA26-1095, correspondiente al mantenimiento del alumbrado del polideportivo municipal, fue conformada por el técnico municipal y aprobada por Decreto de Alcaldía el pasado 14 de enero.

El pago se realizará en la próxima ordenación de pagos, prevista para el viernes 29 de enero de 2027, mediante transferencia a la cuenta que consta en nuestra ficha de terceros.

Atentamente,

Amparo Bellver Roca
Tesorera
Ayuntamiento de L'Alqueria del Riu
Plaça Major, 1 · 46260 L'Alqueria del Riu (Valencia)
Tel. 962 44 10 05"""),

    dict(id="s11es034", date="2027-01-12T08:05", fmt="ooo", stage="reminder", ago=0,
         inv="EA26-1161", amt="411,40", due="2026-12-31",
         frm="Dr. Andrés Peñarroja <apenarroja@clinicapediatricaturia.es>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Friday 15 January inclusive; first working day back Monday 18 January.",
         body="""Buenos días,

Estaré fuera de la consulta hasta el viernes 15 de enero incluido por un congreso. Durante esos días no tendré acceso regular al correo.

Para temas administrativos, facturas o pagos, pueden escribir a Lucía a recepcion@clinicapediatricaturia.es.

Dr. Andrés Peñarroja
Clínica Pediátrica Turia"""),

    dict(id="s11es035", date="2027-01-18T10:30", fmt="gmail", stage="reminder", ago=3, fresh=True,
         subj="Cambio de contacto de administración - Colegio Mare Nostrum",
         inv="EA26-1170", amt="1.210,00", due="2026-12-31",
         frm="Natalia Ruiz <administracion@colegiomarenostrum.es>",
         intent="contact_change", new_email="administracion@colegiomarenostrum.es",
         note="New mail: the previous administrator left; invoices and reminders must now go to the new address.",
         body="""Buenos días:

Les escribo desde el Colegio Mare Nostrum de Alboraya. Les informo de que Carlos Moreno, que hasta diciembre llevaba la administración del centro, ya no trabaja con nosotros, y su cuenta de correo (cmoreno@colegiomarenostrum.es) se dará de baja a finales de mes.

A partir de ahora, por favor, envíen las facturas, los recordatorios y cualquier comunicación sobre pagos a la nueva responsable, que soy yo, a administracion@colegiomarenostrum.es.

Estoy revisando lo que quedó pendiente del trimestre pasado y les diré algo en cuanto lo tenga claro.

Muchas gracias.

Natalia Ruiz Bonet
Administración
Colegio Mare Nostrum
Tel. 963 55 80 12"""),

    dict(id="s11es036", date="2027-01-19T16:57", fmt="gmail", stage="final_notice", ago=2,
         inv="EA26-1102", amt="315,81", due="2026-12-15",
         frm="Electrodomésticos Tormo <electrodomesticostormo@gmail.com>",
         intent="dispute",
         note="Angry shop owner refuses the call-out fees for five false alarms caused by a faulty sensor; will pay only the maintenance fee on a new invoice.",
         body="""Miren, esto ya es el colmo.

La alarma de la tienda saltó sola cinco veces en noviembre, CINCO, y las cinco veces mandaron al vigilante de acuda, y ahora me cobran 45 euros por cada salida. Les llamé después de la segunda para que vinieran a mirar el sensor del almacén y no vino nadie hasta el día 27.

Si el sensor está mal es problema suyo, no mío. No pienso pagar ni un euro de esas salidas. La cuota de mantenimiento sí, esa la pago cuando me manden una factura solo con eso.

Y lo de amenazar con el monitorio se lo pueden ahorrar.

Ángel Tormo
Electrodomésticos Tormo – Catarroja"""),

    dict(id="s11es037", date="2027-01-20T15:42", fmt="gmail", stage="reminder", ago=1,
         inv="EA27-0009", amt="48,40", due="2027-01-02",
         frm="Rocio Peluqueria <rociopeluqueria.quart@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Phone-typed: the direct debit was taken on the 5th; asks them to check.",
         body="""hola, el recibo me lo cobrasteis el dia 5, lo tengo en la app del banco. mirad a ver pq no os aparece

rocio"""),

    dict(id="s11es038", date="2027-01-21T11:12", fmt="html_outlook", stage="firm", ago=2,
         inv="EA26-1169", amt="1.242,30", due="2026-12-20",
         frm="Mónica Sanchis <administracion@frigomorvedre.es>",
         intent="promise", promise_date="2027-01-28",
         note="Partial payment of 500 € today; the remaining 742,30 € promised for Thursday 28 January, so the open balance is a promise.",
         body="""Buenos días:

Les informamos de que hoy hemos realizado una transferencia de 500,00 € a cuenta de la factura EA26-1169.

El importe restante, 742,30 €, se abonará el próximo jueves 28 de enero, coincidiendo con nuestro cobro de fin de mes.

Disculpen el retraso; enero está siendo un mes complicado.

Un saludo,

Mónica Sanchis
Administración
Frigoríficos del Camp de Morvedre, S.A.
Pol. Ind. Parc Sagunt, C/ Cabo de Gata 4 · 46520 Sagunto
Tel. 962 65 93 17"""),

    dict(id="s11es039", date="2027-01-25T13:06", fmt="gmail", stage="second_reminder", ago=4,
         inv="EA26-1144", amt="605,00", due="2026-12-30",
         frm="Josep Ferrer <tresoreria.fallaplacadelpoble@gmail.com>",
         intent="other",
         note="Falla association has forwarded the reminder to its accountants, who handle payments; no commitment or request.",
         body="""Buenas,

He reenviado vuestro correo a nuestra gestoría (Gestoría Alfafar), que es quien se encarga de los pagos de la falla. Ellos os dirán algo.

Un saludo

Josep Ferrer
Tresorer – Associació Cultural Falla Plaça del Poble"""),

    dict(id="s11es040", date="2027-01-27T22:31", fmt="gmail", stage="final_notice", ago=1,
         inv=[("EA26-1046", "486,42", "2026-11-20"), ("EA26-1109", "391,93", "2026-12-10")],
         frm="Nacho Bar Sol <barsol.xirivella@gmail.com>",
         intent="plan_request",
         note="Bar owner cannot pay both invoices at once; proposes 200 € a month, no start date.",
         body="""buenas, se que debo las dos facturas pero ahora mismo no puedo pagar todo de golpe, enero es muy malo en el bar. podria pagaros 200 euros al mes hasta terminar? decidme algo

nacho"""),
]
