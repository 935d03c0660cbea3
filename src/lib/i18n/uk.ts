/** Ukrainian UI strings. Typed `Messages`: a missing or misshapen key is a type error. */
import type { Messages, SiteMessages } from './en.ts';

const rules = new Intl.PluralRules('uk');
/** Ukrainian plural forms of whole numbers: 1 день, 2 дні, 5 днів. */
const pl = (n: number, one: string, few: string, many: string) => {
	const form = rules.select(n);
	return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
};

export const uk: Messages = {
	dates: {
		about: (d) => `приблизно ${d}`,
		uncertain: (d) => `${d} (непевно)`,
		range: (a, b) => `${a} – ${b}`,
		either: (a, b) => `${a} або ${b}`,
		notScheduled: 'дату не призначено',
		fromOnward: (d) => `від ${d} і далі`,
		fromEndUnknown: (d) => `від ${d}, кінець невідомий`,
		until: (d) => `до ${d}`,
		startUnknownUntil: (d) => `початок невідомий, до ${d}`,
		open: 'триває',
		unknown: 'невідомо',
		basisStated: 'Дату названо в джерелі.',
		basisRelative: (phrase) => `Обчислено зі слів джерела «${phrase}» від дати публікації.`,
		basisExternal: 'З інших повідомлень.',
		noDate: 'Дату ще не призначено.',
		onlyToMonth: (d) => `Відомо лише місяць: ${d}.`,
		onlyToYear: (d) => `Відомо лише рік: ${d}.`,
		spanOfDays: 'Кілька днів або один день у цих межах.',
		spanToMonth: 'Проміжок, відомий лише з точністю до місяця.',
		spanToYear: 'Проміжок, відомий лише з точністю до року.',
		toTheDay: 'Відомо з точністю до дня.',
		stillGoing: 'Тривало на час повідомлення.',
		oneEndUnknown: 'Один із кінців невідомий.',
		approximate: 'Приблизно: близько цієї дати, не точно.',
		uncertainNote: 'Непевно: повідомлення цього не з’ясовують.',
		gap: (days) =>
			days < 14
				? `через ${pl(days, 'день', 'дні', 'днів')}`
				: days < 60
					? `через ${pl(Math.round(days / 7), 'тиждень', 'тижні', 'тижнів')}`
					: days < 730
						? `через ${pl(Math.round(days / 30.44), 'місяць', 'місяці', 'місяців')}`
						: `через ${pl(Math.round(days / 365.25), 'рік', 'роки', 'років')}`
	},
	kinds: {
		meeting: 'Зустріч',
		call: 'Розмова',
		interview: 'Інтерв’ю',
		statement: 'Заява',
		'press-conference': 'Пресконференція',
		proposal: 'Пропозиція',
		announcement: 'Оголошення',
		claim: 'Твердження',
		agreement: 'Угода',
		decision: 'Рішення',
		rejection: 'Відмова'
	},
	status: {
		occurred: 'Відбулося',
		planned: 'Заплановано',
		proposed: 'Запропоновано, дату не призначено'
	},
	relations: {
		follows: ['Після', 'Далі'],
		'depends-on': ['Залежить від', 'Потрібне для'],
		'responds-to': ['Відповідь на', 'У відповідь'],
		'part-of': ['Частина', 'Містить'],
		'reports-on': ['Повідомляє про', 'Про це повідомляє'],
		contradicts: ['Суперечить', 'Йому суперечить']
	},
	legend: {
		label: 'Легенда',
		dot: 'Один день',
		bar: 'Від одного дня до іншого',
		period: 'Відомо лише місяць або рік',
		approximate: 'Приблизно (~): згасає по краях',
		uncertain: 'Непевно (?): пунктирний контур',
		open: 'Триває або кінець невідомий: згасає',
		unscheduled: 'Запропоновано, дату ще не призначено',
		forecast: 'Прогнозоване вікно («протягом двох тижнів»)',
		related: 'Пов’язане з вибраною подією'
	},
	page: {
		embedSource: 'Джерело: ',
		quotesUnverified: 'цитати не перевірено',
		openFull: 'Відкрити всю хронологію',
		newTab: ' (відкривається в новій вкладці)',
		embedUnverified: 'Неперевірена чернетка: події ще не прив’язані до уривків джерел.',
		timelineLandmark: (title) => `Хронологія: ${title}`
	},
	load: {
		loading: (shown, total) => `Показано перші ${shown} з ${total} подій; решта завантажується…`,
		failed: (shown, total, error) => `Показано ${shown} з ${total} подій: решту не вдалося завантажити (${error}).`,
		tryAgain: 'Спробувати ще раз'
	},
	view: {
		chartSection: 'Діаграма',
		detailsSection: 'Подробиці події',
		noMatch: 'Жодна подія не відповідає цим фільтрам.',
		noMatchHint: 'Позначте принаймні одну сторону й один вид подій або скиньте фільтри.',
		clearFilters: 'Скинути фільтри',
		loadingDetails: 'Завантаження подробиць…',
		detailsFailed: 'Не вдалося завантажити подробиці цієї події. Перевірте з’єднання й спробуйте ще раз.',
		retry: 'Спробувати ще раз',
		unknownEvent: (id) => `У цій хронології немає події «${id}».`,
		placeholder: 'Виберіть подію на діаграмі чи в списку, щоб побачити, що сталося, хто брав участь, звідки відома дата і який уривок про це повідомляє.'
	},
	filters: {
		group: 'Фільтр подій',
		parties: 'Сторони',
		kinds: 'Види',
		showing: (shown, total) => `Показано ${shown} з ${total} подій`,
		allParties: 'усі сторони',
		noParties: 'жодної сторони',
		allKinds: 'усі види',
		noKinds: 'жодного виду'
	},
	chart: {
		toolbar: 'Вигляд діаграми',
		zoomIn: 'Наблизити',
		zoomOut: 'Віддалити',
		reset: 'Початковий вигляд',
		showAll: 'Показати все',
		earlier: (n) => `${n} раніше`,
		later: (n) => `${n} пізніше`,
		and: (list, last) => `${list} і ${last}`,
		announce: (i, n, what) => `${i} з ${n}: ${what}`,
		label: (title, n, dense) =>
			`Діаграма хронології «${title}»: подій — ${n}${dense ? '. Забагато, щоб показати кожну окремо: наблизьте або читайте список' : ''}. Стрілки переходять між подіями, Enter відкриває подію.`,
		verticalLabel: (title, n) => `Хронологія «${title}»: подій — ${n}, від найранішої. Стрілки переходять між подіями, Enter відкриває подію.`,
		wheelHint: (key) => `Щоб змінити масштаб, гортайте з ${key}`,
		notScheduled: 'Дату не призначено',
		inView: (n) => `${n} у полі зору`,
		partiesKey: 'Сторони',
		showEarlier: (count, all) => `Показати ${count} раніших подій (усього ${all})`,
		showLater: (count, all) => `Показати ${count} пізніших подій (усього ${all})`,
		overview: 'Огляд усієї хронології',
		visibleDates: 'Видимі дати',
		overviewHelp:
			'Рамка показує, яку частину хронології видно на діаграмі. Стрілки її пересувають; Shift зі стрілкою або плюс і мінус змінюють її ширину; Home і End ведуть до початку й кінця.'
	},
	list: {
		title: 'Усі події за часом',
		show: 'Показати список',
		hide: 'Сховати список',
		pages: 'Сторінки списку',
		range: (a, b, total) => `Події ${a}–${b} з ${total}`,
		previous: (n) => `Попередні ${n}`,
		next: (n) => `Наступні ${n}`,
		more: 'Подробиці й джерела',
		needsScript: 'Подробиці такої довгої хронології показуються з увімкненим JavaScript.'
	},
	details: {
		close: 'Закрити подробиці',
		related: 'Пов’язані події',
		when: 'Коли',
		who: 'Хто',
		where: 'Де',
		notReported: 'Не повідомлено',
		clock: 'Час:',
		forecast: (label, when) => `Прогноз, показаний пунктирним вікном: ${label}, ${when}.`,
		sourceSays: 'Що каже джерело',
		noPassage: 'Уривка з джерела ще немає: подію не перевірено.',
		unverifiedQuote: 'Цитату не перевірено: тексту джерела тут немає, щоб її звірити',
		showPassage: 'Показати цей уривок у статті',
		findOriginal: 'знайти в оригіналі',
		original: 'оригінал',
		originalNewTab: ' статті (відкривається в новій вкладці)',
		copyLink: 'Копіювати посилання',
		copyLinkWhat: ' на цю подію',
		linkCopied: 'Посилання скопійовано',
		copyRefused: 'Тут копіювати не дозволено: посилання виділено нижче; скопіюйте його через Ctrl+C (⌘C на Mac).',
		linkField: 'Посилання на цю подію'
	}
};

/** Ukrainian strings of the site's other pages and controls (see enSite). */
export const ukSite: SiteMessages = {
	page: {
		skip: 'Перейти до змісту',
		footer: 'Dateline: хронології новинних повідомлень, де кожна подія веде до уривка, з якого вона взята.',
		builtFrom: 'Складено за',
		linksNote: 'Кожна подія веде до уривка, який про неї повідомляє.',
		loadedFrom: 'Завантажено з',
		remoteNote: 'Цитати показано так, як їх там записано: тексти джерел тут недоступні, щоб їх перевірити.',
		unverifiedDraft: 'Неперевірена чернетка: події цієї хронології ще не прив’язані до уривків джерела.',
		notFoundTitle: 'Сторінку не знайдено',
		notFoundText: 'За цією адресою сторінки немає. Можливо, це була хронологія, яку перейменували або вилучили.',
		notFoundHome: 'На головну сторінку Dateline'
	},
	load: {
		remoteLoading: 'Завантаження хронології',
		remoteFrom: ' з ',
		remoteError: 'Цю хронологію не вдалося показати',
		remoteErrorFrom: 'З',
		moreProblems: (n) => `…і ще проблем: ${n}.`
	},
	embed: {
		button: 'Вбудувати',
		title: 'Вбудувати цю хронологію',
		intro: 'Вставте один із цих фрагментів у свою сторінку. Вони показують хронологію з поточним вибором і фільтрами.',
		hash: 'Відображати вибрану подію в адресі моєї сторінки, щоб читачі могли поділитися посиланням на неї (лише завантажувач)',
		loader: 'Завантажувач (сам змінює розмір, рекомендовано)',
		iframe: 'Простий iframe',
		copy: 'Копіювати',
		copied: 'Скопійовано',
		close: 'Закрити'
	},
	export: {
		button: 'Експорт',
		picture: 'Діаграма в поточному вигляді, з назвою, легендою та джерелом:',
		svg: 'Зображення (SVG)',
		png: 'Зображення (PNG, 2×)',
		data: (complete) => `Усі події${complete ? '' : ' (коли всі завантажаться)'}:`,
		json: 'Дані (JSON, формат v1)',
		csv: 'Таблиця (CSV)',
		ics: 'Календар (.ics)',
		downloading: (name) => `Завантаження ${name}`,
		needsWide: 'Для зображення потрібна широка діаграма: розширте вікно принаймні до 640 пікселів і спробуйте ще раз.',
		failed: (name, why) => `Не вдалося створити ${name}: ${why}`
	},
	source: {
		crumb: 'Джерело',
		published: (d) => `опубліковано ${d}`,
		original: 'оригінал в інтернеті',
		hint: 'Позначені уривки цитує хронологія. Кожен закінчується посиланням назад до своєї події.',
		showing: 'Показано уривок, який цитує подія',
		back: (title) => `Назад до події: ${title}`,
		copyCitation: 'Копіювати цитату',
		copied: 'Скопійовано'
	},
	theme: {
		auto: 'Системна',
		light: 'Світла',
		dark: 'Темна',
		label: (choice) => `Колірна тема: ${choice} (змінити)`,
		button: (choice) => `Тема: ${choice}`
	}
};
