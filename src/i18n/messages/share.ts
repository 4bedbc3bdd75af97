/** Messages of sharing a scenario by link (src/ui/share/). */
import { long } from './long';
import type { FeatureCatalogue } from './feature';

export const shareEn = {
  'share.button': 'Share link',
  'share.title': 'Share this scenario by link',
  'share.explain': long(
    'The scenario travels inside the link: no server stores it. Whoever opens the link gets a copy in ',
    'their own browser, as a new scenario.',
  ),
  'share.link': 'Link',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied. Paste it into an e-mail or a chat.',
  'share.copyFailed': 'The browser did not let the app copy. Select the link and copy it with Ctrl+C.',
  'share.length': '{chars} characters',
  'share.stale': 'The scenario has problems right now, so the link carries its last valid version.',
  'share.tooLong':
    'This scenario is too large for a comfortable link ({chars} characters; the limit is {max}). Send it as a file instead.',
  'share.exportFile': 'Export file (.json)',
  'share.nothingOpen': 'Open a scenario to share it.',
  'share.close': 'Close',
  'share.incoming.title': 'Scenario received by link',
  'share.incoming.intro':
    'This link carries a scenario. Importing it adds it as a new scenario; none of yours is changed.',
  'share.incoming.name': 'Name',
  'share.incoming.currency': 'Currency',
  'share.incoming.horizon': 'Horizon',
  'share.incoming.measures': 'Measures ({count})',
  'share.incoming.more': 'and {count} more',
  'share.incoming.loan': 'Loan',
  'share.incoming.noLoan': 'None',
  'share.incoming.withFormula': 'computed by a formula',
  'share.incoming.import': 'Import as a new scenario',
  'share.incoming.importing': 'Importing…',
  'share.incoming.cancel': 'Do not import',
  'share.incoming.waiting': 'Your scenarios are still opening…',
  'share.incoming.imported': '“{name}” was added to your scenarios and opened.',
  'share.incoming.importedNotOpened':
    '“{name}” was added to your scenarios. The scenario you had open stays open because its latest edits are not saved yet.',
  'share.incoming.failed': 'The scenario could not be stored: {detail}',
  'share.problem.title': 'This link could not be read',
  'share.problem.too-long':
    'The link is {chars} characters long; links from this app have at most {max}. It may have been pasted twice or joined to other text.',
  'share.problem.unknown-version':
    'The link was made by a newer version of the app ({version}). Reload the app to update it, or ask for the scenario as a file.',
  'share.problem.damaged': long(
    'The link is damaged or cut short (e-mail programs sometimes break long links). Ask the sender to ',
    'send it again, or to send the scenario as a file.',
  ),
  'share.problem.too-large':
    'The link unpacks to more than {max} bytes, far more than any scenario, so it was not opened.',
  'share.problem.invalid': 'The link holds data that is not a valid scenario:',
  'share.problem.nothingStored': 'Nothing was stored.',
} as const;

export const shareEs: FeatureCatalogue<typeof shareEn> = {
  'share.button': 'Compartir enlace',
  'share.title': 'Compartir este escenario por enlace',
  'share.explain':
    'El escenario viaja dentro del enlace: ningún servidor lo guarda. Quien abra el enlace recibe una ' +
    'copia en su propio navegador, como escenario nuevo.',
  'share.link': 'Enlace',
  'share.copy': 'Copiar enlace',
  'share.copied': 'Enlace copiado. Péguelo en un correo o en un chat.',
  'share.copyFailed': 'El navegador no permitió copiar. Seleccione el enlace y cópielo con Ctrl+C.',
  'share.length': '{chars} caracteres',
  'share.stale': 'El escenario tiene problemas ahora, así que el enlace lleva su última versión válida.',
  'share.tooLong':
    'Este escenario es demasiado grande para un enlace cómodo ({chars} caracteres; el límite es {max}). Envíelo mejor como archivo.',
  'share.exportFile': 'Exportar archivo (.json)',
  'share.nothingOpen': 'Abra un escenario para compartirlo.',
  'share.close': 'Cerrar',
  'share.incoming.title': 'Escenario recibido por enlace',
  'share.incoming.intro':
    'Este enlace trae un escenario. Al importarlo se agrega como escenario nuevo; ninguno de los suyos cambia.',
  'share.incoming.name': 'Nombre',
  'share.incoming.currency': 'Moneda',
  'share.incoming.horizon': 'Horizonte',
  'share.incoming.measures': 'Medidas ({count})',
  'share.incoming.more': 'y {count} más',
  'share.incoming.loan': 'Préstamo',
  'share.incoming.noLoan': 'Ninguno',
  'share.incoming.withFormula': 'calculado con una fórmula',
  'share.incoming.import': 'Importar como escenario nuevo',
  'share.incoming.importing': 'Importando…',
  'share.incoming.cancel': 'No importar',
  'share.incoming.waiting': 'Sus escenarios todavía se están abriendo…',
  'share.incoming.imported': '“{name}” se agregó a sus escenarios y quedó abierto.',
  'share.incoming.importedNotOpened': long(
    '“{name}” se agregó a sus escenarios. El escenario que tenía abierto sigue abierto porque sus últimos cambios ',
    'aún no están guardados.',
  ),
  'share.incoming.failed': 'No se pudo guardar el escenario: {detail}',
  'share.problem.title': 'No se pudo leer este enlace',
  'share.problem.too-long':
    'El enlace tiene {chars} caracteres; los enlaces de esta aplicación tienen como máximo {max}. Quizás ' +
    'se pegó dos veces o quedó unido a otro texto.',
  'share.problem.unknown-version':
    'El enlace lo creó una versión más nueva de la aplicación ({version}). Recargue la aplicación para ' +
    'actualizarla, o pida el escenario como archivo.',
  'share.problem.damaged':
    'El enlace está dañado o cortado (los programas de correo a veces parten los enlaces largos). Pida ' +
    'que se lo envíen de nuevo, o que le envíen el escenario como archivo.',
  'share.problem.too-large':
    'El enlace se descomprime en más de {max} bytes, mucho más que cualquier escenario, así que no se abrió.',
  'share.problem.invalid': 'El enlace contiene datos que no son un escenario válido:',
  'share.problem.nothingStored': 'No se guardó nada.',
};

export const sharePt: FeatureCatalogue<typeof shareEn> = {
  'share.button': 'Compartilhar link',
  'share.title': 'Compartilhar este cenário por link',
  'share.explain': long(
    'O cenário viaja dentro do link: nenhum servidor o guarda. Quem abrir o link recebe uma cópia no próprio ',
    'navegador, como cenário novo.',
  ),
  'share.link': 'Link',
  'share.copy': 'Copiar link',
  'share.copied': 'Link copiado. Cole-o num e-mail ou num chat.',
  'share.copyFailed': 'O navegador não permitiu copiar. Selecione o link e copie-o com Ctrl+C.',
  'share.length': '{chars} caracteres',
  'share.stale': 'O cenário tem problemas agora, então o link leva a última versão válida.',
  'share.tooLong':
    'Este cenário é grande demais para um link prático ({chars} caracteres; o limite é {max}). Envie-o como arquivo.',
  'share.exportFile': 'Exportar arquivo (.json)',
  'share.nothingOpen': 'Abra um cenário para compartilhá-lo.',
  'share.close': 'Fechar',
  'share.incoming.title': 'Cenário recebido por link',
  'share.incoming.intro':
    'Este link traz um cenário. Ao importá-lo, ele é adicionado como cenário novo; nenhum dos seus muda.',
  'share.incoming.name': 'Nome',
  'share.incoming.currency': 'Moeda',
  'share.incoming.horizon': 'Horizonte',
  'share.incoming.measures': 'Medidas ({count})',
  'share.incoming.more': 'e mais {count}',
  'share.incoming.loan': 'Empréstimo',
  'share.incoming.noLoan': 'Nenhum',
  'share.incoming.withFormula': 'calculado por uma fórmula',
  'share.incoming.import': 'Importar como cenário novo',
  'share.incoming.importing': 'Importando…',
  'share.incoming.cancel': 'Não importar',
  'share.incoming.waiting': 'Seus cenários ainda estão abrindo…',
  'share.incoming.imported': '“{name}” foi adicionado aos seus cenários e aberto.',
  'share.incoming.importedNotOpened':
    '“{name}” foi adicionado aos seus cenários. O cenário que estava aberto continua aberto porque suas ' +
    'últimas alterações ainda não foram salvas.',
  'share.incoming.failed': 'Não foi possível guardar o cenário: {detail}',
  'share.problem.title': 'Não foi possível ler este link',
  'share.problem.too-long':
    'O link tem {chars} caracteres; os links deste aplicativo têm no máximo {max}. Talvez tenha sido ' +
    'colado duas vezes ou unido a outro texto.',
  'share.problem.unknown-version':
    'O link foi criado por uma versão mais nova do aplicativo ({version}). Recarregue o aplicativo para ' +
    'atualizá-lo, ou peça o cenário como arquivo.',
  'share.problem.damaged':
    'O link está danificado ou cortado (programas de e-mail às vezes quebram links longos). Peça que o ' +
    'enviem de novo, ou que enviem o cenário como arquivo.',
  'share.problem.too-large':
    'O link se descompacta em mais de {max} bytes, muito mais que qualquer cenário, por isso não foi aberto.',
  'share.problem.invalid': 'O link contém dados que não são um cenário válido:',
  'share.problem.nothingStored': 'Nada foi guardado.',
};
