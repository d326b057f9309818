# Spanish replies to Atelier Dupont's reminders (letters in English "en" or French "fr"); dates local to Europe/Madrid.
CASES = [
    dict(id="s3001", date="2026-11-04T11:05", fmt="gmail", lang="en", stage="reminder",
         from_="Javier Morales <jmorales@morales-interiorismo.es>", inv="F-2026-0513", amt="1,320.00", due="2026-10-16",
         intent="promise", promise_date="2026-11-06",
         body="""Buenos días:

Disculpen el retraso. Le confirmamos que el pago se realizará el viernes.

Un saludo,
Javier Morales
Morales Interiorismo S.L.
"""),
    dict(id="s3002", date="2026-11-10T09:40", fmt="outlook", lang="fr", stage="reminder",
         from_="Administración Garrido <administracion@garridohermanos.es>", inv="F-2026-0517", amt="2 480,00", due="2026-10-23",
         intent="paid", paid_on="2026-11-09",
         body="""Buenos días,

Les informamos de que la transferencia correspondiente a la factura F-2026-0517 se realizó ayer. Adjunto el justificante bancario.

Reciban un cordial saludo,

Lucía Fernández
Departamento de Administración
Garrido Hermanos, S.L. - CIF B-46123456
Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 22 - 46988 Paterna (Valencia)

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. De acuerdo con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos serán tratados por GARRIDO HERMANOS, S.L. con la finalidad de mantener la relación comercial.
"""),
    dict(id="s3003", date="2026-11-06T13:22", fmt="gmail", lang="en", stage="reminder",
         from_="Marta Ruiz <marta@ruizdecoracion.com>", inv="F-2026-0509", amt="940.00", due="2026-10-14",
         intent="dispute",
         body="""Hola,

No vamos a pagar esta factura hasta que se resuelva la incidencia. Las lámparas llegaron con el embalaje roto y tres de ellas con la pantalla rajada. Lo comunicamos el mismo día de la entrega y nadie nos ha contestado.

Necesitamos que nos repongan las piezas o que nos hagan un abono.

Marta Ruiz
Ruiz Decoración
"""),
    dict(id="s3004", date="2026-11-09T08:02", fmt="ooo", lang="en", stage="second_reminder",
         from_="Pablo Serrano <pserrano@serranoconstrucciones.es>", inv="F-2026-0498", amt="3,150.00", due="2026-10-09",
         intent="out_of_office", return_date="2026-11-16",
         body="""Gracias por su mensaje.

Me encuentro fuera de la oficina. Estaré de vuelta el lunes 16 de noviembre y responderé a su correo lo antes posible.

Para asuntos urgentes puede contactar con administracion@serranoconstrucciones.es.

Pablo Serrano
"""),
    dict(id="s3005", date="2026-11-12T17:30", fmt="outlook", lang="en", stage="reminder",
         from_="Carmen López <clopez@lopezyasociados.es>", inv="F-2026-0521", amt="1,760.00", due="2026-10-30",
         intent="promise", promise_date="2026-11-30", note="'a finales de mes' written 12 Nov: 30 Nov",
         body="""Estimados señores:

Hemos recibido su recordatorio. La factura está aprobada y se pagará a finales de mes, junto con el resto de proveedores.

Atentamente,

Carmen López
López y Asociados Arquitectura, S.L.P.
CIF B-28765432
"""),
    dict(id="s3006", date="2026-11-26T10:14", fmt="gmail", lang="fr", stage="second_reminder",
         from_="Raúl Jiménez <rjimenez@jimenezpanaderias.es>", inv="F-2026-0502", amt="1 090,00", due="2026-10-20",
         intent="promise", promise_date="2026-12-10", note="'el día 10' written 26 Nov: 10 Dec",
         body="""Hola buenos dias,

perdonen, tuvimos un problema con el banco. Se lo pagamos el día 10 sin falta.

Saludos
Raúl Jiménez
"""),
    dict(id="s3007", date="2026-11-20T12:48", fmt="apple", lang="en", stage="reminder",
         from_="Sergio Navarro <sergio.navarro.estudio@gmail.com>", inv="F-2026-0527", amt="410.00", due="2026-11-06",
         intent="paid", paid_on="2026-11-20",
         body="""Hola! ya esta hecho, lo pague esta mañana por transferencia. Saludos

Enviado desde mi iPhone
"""),
    dict(id="s3008", date="2026-11-17T16:05", fmt="tb", lang="en", stage="second_reminder",
         from_="Antonio Gil <agil@gilytorres.es>", inv="F-2026-0506", amt="2,300.00", due="2026-10-19",
         intent="promise", note="'la semana que viene' is vague: no date",
         body="""Buenas tardes,

Tomamos nota. Lo pagaremos la semana que viene.

Saludos cordiales,
Antonio Gil
Gil y Torres Reformas, S.L.
"""),
    dict(id="s3009", date="2026-11-05T10:30", fmt="gmail", lang="fr", stage="reminder",
         from_="Facturas Vidal <facturas@vidalhosteleria.es>", inv="F-2026-0515", amt="780,00", due="2026-10-22",
         intent="copy_request",
         body="""Buenos días,

No encontramos esta factura en nuestro sistema. ¿Nos la pueden reenviar en PDF, por favor? Indiquen también nuestro número de pedido, si es posible.

Gracias,
Elena Vidal
Vidal Hostelería S.L.
"""),
    dict(id="s3010", date="2026-11-06T09:15", fmt="outlook", lang="en", stage="reminder",
         from_="Contabilidad <contabilidad@grupocastillo.es>", inv="F-2026-0511", amt="5,870.00", due="2026-10-15",
         intent="paid", paid_on="2026-11-03",
         body="""Buenos días:

Les informamos de que la factura F-2026-0511 fue abonada mediante transferencia SEPA el día 3/11. Por favor, revisen sus cuentas.

Un saludo,

Departamento de Contabilidad
Grupo Castillo Distribución, S.A. · CIF A-41234567
Avda. de la Innovación 5, 41020 Sevilla
"""),
    dict(id="s3011", date="2026-11-13T11:50", fmt="html_outlook", lang="en", stage="reminder",
         from_="Compras Ortega <compras@ortegamobiliario.es>", inv="F-2026-0524", amt="2,850.00", due="2026-11-02",
         intent="dispute",
         body="""Buenos días,

En la factura F-2026-0524 figuran 20 sillas, pero en el albarán de entrega firmado solo constan 15. Les adjuntamos copia del albarán.

Les rogamos emitan una factura rectificativa por las 15 unidades recibidas. Mientras tanto, la factura queda retenida.

Saludos,
Beatriz Ortega
Dpto. Compras
Ortega Mobiliario Contract, S.L. - CIF B-30456789
"""),
    dict(id="s3012", date="2026-12-04T18:00", fmt="ooo", lang="en", stage="reminder",
         from_="Info Prieto <info@prietoeventos.es>", inv="F-2026-0541", amt="1,150.00", due="2026-11-20",
         intent="out_of_office", return_date="2026-12-09",
         body="""Estimado cliente:

Nuestras oficinas permanecerán cerradas los días 7 y 8 de diciembre con motivo del puente de la Constitución. Volveremos a atenderle el miércoles 9 de diciembre.

Gracias por su comprensión.

Prieto Eventos
"""),
    dict(id="s3013", date="2026-11-18T13:10", fmt="gmail", lang="en", stage="reminder",
         from_="Diego Ramos <diego@ramosimprenta.es>", inv="F-2026-0529", amt="620.00", due="2026-11-04",
         intent="promise", promise_date="2026-11-23", note="'el próximo lunes' written Wed 18 Nov: Mon 23 Nov",
         body="""Hola,

Se lo pagaremos el próximo lunes, que es cuando hacemos los pagos a proveedores.

Un saludo,
Diego Ramos
Imprenta Ramos
"""),
    dict(id="s3014", date="2026-12-01T10:45", fmt="outlook", lang="fr", stage="firm",
         from_="Isabel Moreno <imoreno@morenotextil.es>", inv="F-2026-0496", amt="3 420,00", due="2026-10-08",
         intent="promise", promise_date="2026-12-16", note="'dentro de 15 días' from Tue 1 Dec: 16 Dec",
         body="""Estimados señores,

Lamentamos el retraso. Estamos atravesando un problema puntual de tesorería. Les haremos la transferencia dentro de 15 días.

Atentamente,
Isabel Moreno
Moreno Textil, S.L.
"""),
    dict(id="s3015", date="2026-11-25T17:22", fmt="html_gmail", lang="en", stage="second_reminder",
         from_="Nuria Delgado <nuria@delgadoflores.es>", inv="F-2026-0512", amt="730.00", due="2026-10-28",
         intent="paid", paid_on="2026-11-25",
         body="""Hola!

Os confirmo que hemos hecho la transferencia hoy. Os adjunto el justificante.

Un abrazo,
Nuria
Delgado Flores
"""),
    dict(id="s3016", date="2026-11-27T12:30", fmt="outlook", lang="en", stage="firm",
         from_="Francisco Romero <fromero@romerorestauracion.es>", inv="F-2026-0493", amt="4,600.00", due="2026-10-05",
         intent="plan_request",
         body="""Buenos días,

Reconocemos la deuda y queremos pagarla. Sin embargo, no podemos abonar los 4.600 € de una vez. ¿Sería posible fraccionar el pago en dos plazos, uno en diciembre y otro en enero?

Quedo a la espera de su respuesta.

Francisco Romero
Romero Restauración, S.L.
"""),
    dict(id="s3017", date="2026-11-16T09:55", fmt="gmail", lang="fr", stage="reminder",
         from_="Alberto Suárez <asuarez@suarezopticos.es>", inv="F-2026-0523", amt="1 240,00", due="2026-11-02",
         intent="dispute",
         body="""Buenos días,

No reconocemos esta factura. El pedido se canceló por escrito el 2 de octubre, antes del envío, y ustedes lo confirmaron por correo. No hemos recibido ninguna mercancía.

Por favor, anulen la factura.

Alberto Suárez
Suárez Ópticos
"""),
    dict(id="s3018", date="2026-11-09T07:45", fmt="ooo", lang="fr", stage="reminder",
         from_="Laura Martín <lmartin@martinconsultores.es>", inv="F-2026-0516", amt="890,00", due="2026-10-22",
         intent="out_of_office", return_date="2026-11-16",
         note="'hasta el 13 de noviembre inclusive' (a Friday): back Monday 16 Nov",
         body="""Hola,

Estoy de vacaciones hasta el 13 de noviembre inclusive, con acceso limitado al correo. Para cualquier asunto urgente, escriba a oficina@martinconsultores.es.

Saludos,
Laura Martín
"""),
    dict(id="s3019", date="2026-11-23T21:10", fmt="gmail", lang="en", stage="reminder",
         from_="Cristina Vega <cris.vega92@hotmail.es>", inv="F-2026-0533", amt="265.00", due="2026-11-10",
         intent="promise", note="'a principios de mes, cuando cobre' is vague: no date",
         body="""hola, perdona, se me paso totalmente. Te lo pago a principios de mes cuando cobre la nomina, vale?

cris
"""),
    dict(id="s3020", date="2026-11-17T10:20", fmt="outlook", lang="en", stage="second_reminder",
         from_="Miguel Ángel Castro <macastro@castrologistica.es>", inv="F-2026-0503", amt="1,980.00", due="2026-10-20",
         intent="paid", paid_on="2026-11-13",
         body="""Buenos días,

El pago se efectuó el pasado viernes, día 13. Debería estar ya reflejado en su cuenta.

Saludos,
Miguel Ángel Castro
Castro Logística Integral, S.L.
"""),
    dict(id="s3021", date="2026-11-16T12:05", fmt="gmail", lang="en", stage="reminder",
         from_="Rocío Herrera <rocio@herreraceramica.es>", inv="F-2026-0525", amt="1,410.00", due="2026-11-03",
         intent="promise", promise_date="2026-11-30",
         body="""Buenas,

Lo tenemos programado para el día 30 de noviembre.

Gracias!
Rocío
Herrera Cerámica
"""),
    dict(id="s3022", date="2026-11-11T09:35", fmt="outlook", lang="fr", stage="reminder",
         from_="Recepción Hotel Mirador <recepcion@hotelmiradorgranada.es>", inv="F-2026-0519", amt="2 060,00", due="2026-10-27",
         intent="other", note="acknowledgement: forwarded to accounting, nothing about payment",
         body="""Buenos días,

Hemos recibido su correo. Lo hemos trasladado al departamento de contabilidad, que se pondrá en contacto con ustedes.

Atentamente,
Recepción
Hotel Mirador Granada
"""),
    dict(id="s3023", date="2026-11-02T09:06", fmt="bounce", lang="en", stage="reminder",
         inv="F-2026-0507", amt="690.00", due="2026-10-13", intent="bounce",
         rcpt="pedidos@navarroyhijos.es", status="5.1.10", mta="EUR05-DB8-obe.outbound.protection.outlook.com",
         remote="navarroyhijos-es.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient pedidos@navarroyhijos.es not found by SMTP address lookup",
         from_="Microsoft Outlook <postmaster@navarroyhijos.es>", subj="No se puede entregar: Payment reminder",
         body="""No se pudo entregar a estos destinatarios o grupos:

pedidos@navarroyhijos.es
No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección de correo del destinatario e intente volver a enviar el mensaje.
"""),
    dict(id="s3024", date="2026-11-30T19:40", fmt="apple", lang="en", stage="second_reminder",
         from_="Óscar Molina <oscar@molinaaudiovisual.es>", inv="F-2026-0518", amt="850.00", due="2026-11-02",
         intent="promise", promise_date="2026-12-01",
         body="""Perdon por el retraso, mañana sin falta os hago la transferencia.

Oscar

Enviado desde mi iPhone
"""),
    dict(id="s3025", date="2026-12-03T10:00", fmt="html_outlook", lang="en", stage="second_reminder",
         from_="Tesorería <tesoreria@sanchezalimentacion.es>", inv="F-2026-0510", amt="6,240.00", due="2026-10-30",
         intent="promise", promise_date="2026-12-15",
         body="""Estimados señores:

Les informamos de que la factura F-2026-0510 está incluida en la remesa de pagos del día 15 de diciembre.

Reciban un cordial saludo,

Tesorería
Sánchez Alimentación, S.A.
CIF A-02345678 · Ctra. de Madrid km 3, 02006 Albacete
Inscrita en el Registro Mercantil de Albacete, Tomo 512, Folio 88, Hoja AB-4321
"""),
    dict(id="s3026", date="2026-12-10T20:14", fmt="gmail", lang="en", stage="reminder",
         from_="Álvaro Pérez <alvaroperez.foto@gmail.com>", inv="F-2026-0545", amt="320.00", due="2026-11-26",
         intent="paid", paid_on="2026-12-10", note="'Hecha la transferencia' just now, i.e. today",
         body="""Hecha la transferencia, ya me dices si os llega.

Álvaro
"""),
    dict(id="s3027", date="2026-12-02T16:40", fmt="outlook", lang="fr", stage="firm",
         from_="Gerencia Iglesias <gerencia@iglesiasclinica.es>", inv="F-2026-0497", amt="3 780,00", due="2026-10-12",
         intent="dispute",
         body="""Buenas tardes:

La instalación de los mostradores no se hizo conforme al plano aprobado: las medidas no coinciden y uno de los módulos no cierra. Se lo comunicamos a su técnico el 15 de octubre.

No pagaremos la factura hasta que vengan a repararlo.

Atentamente,
Dr. Enrique Iglesias
Gerente
Clínica Dental Iglesias, S.L.P.
"""),
    dict(id="s3028", date="2026-11-24T08:30", fmt="ooo", lang="en", stage="reminder",
         from_="Silvia Cano <scano@canoabogados.es>", inv="F-2026-0531", amt="1,100.00", due="2026-11-09",
         intent="out_of_office", return_date="2026-11-30",
         body="""Buenos días,

En estos momentos me encuentro fuera de la oficina. Me reincorporaré el 30 de noviembre.

Un saludo,
Silvia Cano
Cano Abogados
"""),
    dict(id="s3029", date="2026-12-07T11:25", fmt="gmail", lang="en", stage="firm",
         from_="Jorge Blanco <jblanco@blancoreformas.es>", inv="F-2026-0500", amt="2,720.00", due="2026-10-16",
         intent="promise", promise_date="2026-12-18",
         body="""Buenos días,

Sé que vamos tarde. Les pagaremos como muy tarde el 18 de diciembre.

Saludos,
Jorge Blanco
Blanco Reformas
"""),
    dict(id="s3030", date="2026-11-26T13:15", fmt="outlook", lang="en", stage="reminder",
         from_="Eva Domínguez <edominguez@dominguezsport.es>", inv="F-2026-0530", amt="1,560.00", due="2026-11-06",
         intent="paid", paid_on="2026-11-24",
         body="""Buenas tardes,

Ya se abonó el día 24. Adjuntamos el comprobante bancario.

Saludos,
Eva Domínguez
Domínguez Sport, S.L.
"""),
    dict(id="s3031", date="2026-11-20T10:40", fmt="tb", lang="fr", stage="second_reminder",
         from_="Manuel Rubio <mrubio@rubiotransportes.es>", inv="F-2026-0504", amt="1 870,00", due="2026-10-21",
         intent="promise", note="'en cuanto podamos': a commitment without a date",
         body="""Buenos días,

Somos conscientes. Estamos esperando a que nos pague un cliente importante. Lo pagaremos en cuanto podamos.

Manuel Rubio
Rubio Transportes
"""),
    dict(id="s3032", date="2026-11-19T12:50", fmt="html_outlook", lang="en", stage="reminder",
         from_="Administración Marín <administracion@marinpackaging.es>", inv="F-2026-0528", amt="2,904.00", due="2026-11-05",
         intent="dispute", note="contests the VAT charged and the unit price",
         body="""Buenos días,

La factura F-2026-0528 no es correcta:

1. Nos han cargado IVA francés (20 %). Somos empresa con NIF-IVA intracomunitario ES-B12345678, por lo que la operación debe facturarse sin IVA (inversión del sujeto pasivo).
2. El precio acordado era de 2.200 € y no de 2.420 € más impuestos.

Por favor, envíen una factura rectificativa.

Saludos,
Pilar Marín
Marín Packaging, S.L. - CIF B-12345678
"""),
    dict(id="s3033", date="2026-12-18T15:30", fmt="ooo", lang="fr", stage="second_reminder",
         from_="Oficina Torres <oficina@torresinteriores.es>", inv="F-2026-0536", amt="1 320,00", due="2026-11-13",
         intent="out_of_office", return_date="2027-01-07",
         body="""Estimado cliente:

Del 21 de diciembre al 6 de enero estaremos cerrados por vacaciones. Retomaremos la actividad el 7 de enero de 2027.

¡Felices fiestas!
Torres Interiores
"""),
    dict(id="s3034", date="2026-12-14T09:50", fmt="gmail", lang="en", stage="second_reminder",
         from_="Adrián Ortiz <adrian@ortizbikes.es>", inv="F-2026-0532", amt="540.00", due="2026-11-11",
         intent="promise", promise_date="2026-12-17", note="'el jueves' written Mon 14 Dec: Thu 17 Dec",
         body="""Buenos días,

Lo pago el jueves, que cobro de un cliente ese día.

Adrián
Ortiz Bikes
"""),
    dict(id="s3035", date="2026-12-04T11:35", fmt="outlook", lang="en", stage="second_reminder", fwd=True,
         from_="Patricia Ferrer <pferrer@ferrergrafica.es>", inv="F-2026-0520", amt="1,280.00", due="2026-10-27",
         intent="paid", paid_on="2026-12-02", note="assistant forwards what accounting told her",
         body="""Hola,

Os reenvío lo que me dice Contabilidad:

"Ya está pagada, transferencia del 2 de diciembre."

Cualquier cosa me decís.

Patricia Ferrer
Asistente de Dirección
Ferrer Gráfica, S.L.
"""),
    dict(id="s3036", date="2026-11-24T15:05", fmt="gmail", lang="fr", stage="reminder",
         from_="Ignacio Cortés <icortes@cortesvinos.es>", inv="F-2026-0534", amt="960,00", due="2026-11-10",
         intent="promise", promise_date="2026-11-27",
         body="""Buenas tardes,

Disculpe, no había visto la factura. La pagamos esta semana, el viernes como tarde.

Saludos,
Ignacio Cortés
Bodegas Cortés
"""),
    dict(id="s3037", date="2026-11-02T12:18", fmt="apple", lang="en", stage="reminder",
         from_="Lorena Santos <lorena.santos@icloud.com>", inv="F-2026-0505", amt="185.00", due="2026-10-19",
         intent="paid", paid_on="2026-11-02",
         body="""Hola, acabo de pagar con tarjeta en el enlace. Gracias

Enviado desde mi iPhone
"""),
    dict(id="s3038", date="2026-11-11T08:15", fmt="ooo", lang="en", stage="reminder",
         from_="Rafael Medina <rmedina@medinaingenieria.es>", inv="F-2026-0522", amt="2,100.00", due="2026-10-29",
         intent="out_of_office", return_date="2026-11-16",
         body="""Gracias por su correo.

Estaré ausente del 11 al 13 de noviembre por viaje de trabajo. A partir del lunes 16 estaré de nuevo disponible.

Rafael Medina
Medina Ingeniería
"""),
    dict(id="s3039", date="2026-11-13T19:45", fmt="gmail", lang="fr", stage="reminder",
         from_="Teresa Guerrero <teresaguerrero61@gmail.com>", inv="F-2026-0526", amt="349,00", due="2026-11-03",
         intent="dispute", note="consumer: returned the goods",
         body="""Buenas tardes:

No entiendo esta reclamación. Devolví el producto el 20 de octubre porque no era del color que pedí, y tengo el justificante de Correos. Ustedes me dijeron que me harían el abono.

No pienso pagar algo que he devuelto.

Teresa Guerrero
"""),
    dict(id="s3040", date="2026-11-27T09:30", fmt="outlook", lang="en", stage="reminder",
         from_="Proveedores <proveedores@lozanohoteles.es>", inv="F-2026-0535", amt="3,540.00", due="2026-11-12",
         intent="promise", promise_date="2026-12-03",
         body="""Buenos días,

Les confirmamos que la transferencia saldrá con fecha valor 03/12/2026.

Un cordial saludo,
Dpto. Proveedores
Lozano Hoteles, S.A.
"""),
    dict(id="s3041", date="2026-11-19T17:20", fmt="gmail", lang="en", stage="second_reminder",
         from_="Hugo Reyes <hugo@reyesestudio.es>", inv="F-2026-0508", amt="700.00", due="2026-10-21",
         intent="paid", note="'hace una semana' is approximate: no paid_on",
         body="""Hola,

Se pagó hace una semana más o menos. ¿Podéis revisarlo?

Hugo Reyes
"""),
    dict(id="s3042", date="2026-12-09T10:05", fmt="tb", lang="en", stage="final_notice",
         from_="Fernando Aguilar <faguilar@aguilarmetal.es>", inv="F-2026-0491", amt="4,980.00", due="2026-10-02",
         intent="promise", promise_date="2026-12-09",
         body="""Buenos días,

Por favor, no lo pasen a recobro. Le pagamos hoy mismo el importe total.

Fernando Aguilar
Aguilar Metal, S.L.
"""),
    dict(id="s3043", date="2026-11-30T07:58", fmt="ooo", lang="en", stage="reminder",
         from_="Mónica Ibáñez <mibanez@ibanezdiseno.es>", inv="F-2026-0537", amt="1,040.00", due="2026-11-16",
         intent="out_of_office", return_date="2026-12-03",
         note="'hasta el 2 de diciembre inclusive': back Thursday 3 Dec",
         body="""Hola,

Estaré fuera de la oficina hasta el 2 de diciembre inclusive. Responderé a su mensaje a mi vuelta.

Mónica Ibáñez
Ibáñez Diseño
"""),
    dict(id="s3044", date="2026-11-12T12:40", fmt="gmail", lang="fr", stage="reminder",
         from_="Luis Pastor <luis@pastorelectricidad.es>", inv="F-2026-0514", amt="1 190,00", due="2026-10-30",
         intent="promise", promise_date="2026-11-17", note="'el martes que viene' written Thu 12 Nov: Tue 17 Nov",
         body="""Buenas,

Lo pagamos el martes que viene.

Un saludo,
Luis Pastor
Pastor Electricidad
"""),
    dict(id="s3045", date="2026-12-07T09:10", fmt="apple", lang="en", stage="second_reminder",
         from_="Julia Crespo <julia@crespomoda.es>", inv="F-2026-0539", amt="620.00", due="2026-11-13",
         intent="paid", note="says 'Pagado', no date",
         body="""Pagado. Adjunto justificante.

Julia Crespo
Crespo Moda
"""),
]
for _c in CASES:
    _c["from"] = _c.pop("from_")
