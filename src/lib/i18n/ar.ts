/** Arabic UI strings (Modern Standard Arabic). Typed `Messages`: a missing or misshapen key is a type error. */
import type { Messages, SiteMessages } from './en.ts';

const rules = new Intl.PluralRules('ar');
/** Arabic forms after "بعد" (after): one, two (dual), 3–10, 11–99 and the rest. */
const after = (n: number, forms: { one: string; two: string; few: string; many: string; other: string }) => {
	const form = rules.select(n);
	if (form === 'one') return `بعد ${forms.one}`;
	if (form === 'two') return `بعد ${forms.two}`;
	return `بعد ${n} ${form === 'few' ? forms.few : form === 'many' ? forms.many : forms.other}`;
};

export const ar: Messages = {
	dates: {
		about: (d) => `نحو ${d}`,
		uncertain: (d) => `${d} (غير مؤكد)`,
		range: (a, b) => `${a} إلى ${b}`,
		either: (a, b) => `${a} أو ${b}`,
		notScheduled: 'لم يُحدَّد موعد',
		fromOnward: (d) => `من ${d} فصاعدًا`,
		fromEndUnknown: (d) => `من ${d}، والنهاية غير معروفة`,
		until: (d) => `حتى ${d}`,
		startUnknownUntil: (d) => `البداية غير معروفة، حتى ${d}`,
		open: 'مستمر',
		unknown: 'غير معروف',
		basisStated: 'التاريخ مذكور في المصدر.',
		basisRelative: (phrase) => `مستنتج من عبارة المصدر «${phrase}»، محسوبًا من تاريخ النشر.`,
		basisExternal: 'من تقارير أخرى.',
		noDate: 'لم يُحدَّد أي تاريخ.',
		onlyToMonth: (d) => `الشهر وحده معروف: ${d}.`,
		onlyToYear: (d) => `السنة وحدها معروفة: ${d}.`,
		spanOfDays: 'مدة من الأيام، أو يوم واحد ضمنها.',
		spanToMonth: 'مدة لا يُعرف منها إلا الشهر.',
		spanToYear: 'مدة لا يُعرف منها إلا السنة.',
		toTheDay: 'معروف باليوم.',
		stillGoing: 'كان مستمرًا وقت النشر.',
		oneEndUnknown: 'أحد الطرفين غير معروف.',
		approximate: 'تقريبي: في حدود هذا التاريخ، لا بالضبط.',
		uncertainNote: 'غير مؤكد: التقارير لا تحسمه.',
		gap: (days) =>
			days < 14
				? after(days, { one: 'يوم', two: 'يومين', few: 'أيام', many: 'يومًا', other: 'يوم' })
				: days < 60
					? after(Math.round(days / 7), { one: 'أسبوع', two: 'أسبوعين', few: 'أسابيع', many: 'أسبوعًا', other: 'أسبوع' })
					: days < 730
						? after(Math.round(days / 30.44), { one: 'شهر', two: 'شهرين', few: 'أشهر', many: 'شهرًا', other: 'شهر' })
						: after(Math.round(days / 365.25), { one: 'سنة', two: 'سنتين', few: 'سنوات', many: 'سنة', other: 'سنة' })
	},
	kinds: {
		meeting: 'اجتماع',
		call: 'اتصال',
		interview: 'مقابلة',
		statement: 'بيان',
		'press-conference': 'مؤتمر صحفي',
		proposal: 'اقتراح',
		announcement: 'إعلان',
		claim: 'ادعاء',
		agreement: 'اتفاق',
		decision: 'قرار',
		rejection: 'رفض'
	},
	status: {
		occurred: 'حدث',
		planned: 'مخطط له',
		proposed: 'مقترح، بلا موعد'
	},
	relations: {
		follows: ['يلي', 'يليه'],
		'depends-on': ['يتوقف على', 'شرط مسبق لـ'],
		'responds-to': ['ردٌّ على', 'رُدَّ عليه بـ'],
		'part-of': ['جزء من', 'يتضمن'],
		'reports-on': ['يتناول', 'تناوله'],
		contradicts: ['يناقض', 'يناقضه']
	},
	legend: {
		label: 'مفتاح الرموز',
		dot: 'يوم واحد',
		bar: 'من يوم إلى آخر',
		period: 'لا يُعرف إلا الشهر أو السنة',
		approximate: 'تقريبي (~): يتلاشى عند الطرفين',
		uncertain: 'غير مؤكد (?): إطار متقطع',
		open: 'مستمر أو نهايته غير معروفة: يتلاشى',
		unscheduled: 'مقترح، لم يُحدَّد موعده بعد',
		forecast: 'نافذة متوقعة («خلال أسبوعين»)',
		related: 'مرتبط بالحدث المحدد'
	},
	page: {
		embedSource: 'المصدر: ',
		quotesUnverified: 'اقتباسات غير موثقة',
		openFull: 'افتح الخط الزمني كاملًا',
		newTab: ' (يفتح في علامة تبويب جديدة)',
		embedUnverified: 'مسودة غير موثقة: الأحداث لم تُربط بعد بفقرات المصادر.',
		timelineLandmark: (title) => `خط زمني: ${title}`
	},
	load: {
		loading: (shown, total) => `يظهر أول ${shown} من ${total} حدثًا؛ جارٍ تحميل الباقي…`,
		failed: (shown, total, error) => `يظهر ${shown} من ${total} حدثًا: تعذّر تحميل الباقي (${error}).`,
		tryAgain: 'أعد المحاولة'
	},
	view: {
		chartSection: 'المخطط',
		detailsSection: 'تفاصيل الحدث',
		noMatch: 'لا أحداث تطابق هذه المرشحات.',
		noMatchHint: 'اختر طرفًا واحدًا ونوعًا واحدًا من الأحداث على الأقل، أو امسح المرشحات.',
		clearFilters: 'امسح المرشحات',
		loadingDetails: 'جارٍ تحميل التفاصيل…',
		detailsFailed: 'تعذّر تحميل تفاصيل هذا الحدث. تحقّق من الاتصال وحاول مرة أخرى.',
		retry: 'حاول مرة أخرى',
		unknownEvent: (id) => `لا يوجد حدث «${id}» في هذا الخط الزمني.`,
		placeholder: 'اختر حدثًا في المخطط أو القائمة لترى ما جرى، ومن شارك، وكيف عُرف التاريخ، والفقرة التي تنقله.'
	},
	filters: {
		group: 'تصفية الأحداث',
		parties: 'الأطراف',
		kinds: 'الأنواع',
		showing: (shown, total) => `يظهر ${shown} من ${total} حدثًا`,
		allParties: 'كل الأطراف',
		noParties: 'لا أطراف',
		allKinds: 'كل الأنواع',
		noKinds: 'لا أنواع'
	},
	chart: {
		toolbar: 'عرض المخطط',
		zoomIn: 'تكبير',
		zoomOut: 'تصغير',
		reset: 'العرض الأصلي',
		showAll: 'اعرض الكل',
		earlier: (n) => `${n} أقدم`,
		later: (n) => `${n} أحدث`,
		and: (list, last) => `${list} و${last}`,
		announce: (i, n, what) => `${i} من ${n}: ${what}`,
		label: (title, n, dense) =>
			`مخطط الخط الزمني «${title}»: عدد الأحداث ${n}${dense ? '. أكثر من أن تُرسم واحدًا واحدًا: كبّر العرض أو اقرأ القائمة' : ''}. استخدم مفاتيح الأسهم للتنقل بين الأحداث وEnter لفتح حدث.`,
		verticalLabel: (title, n) =>
			`الخط الزمني «${title}»: عدد الأحداث ${n}، من الأقدم. استخدم مفاتيح الأسهم للتنقل بين الأحداث وEnter لفتح حدث.`,
		wheelHint: (key) => `استخدم ${key} مع التمرير لتكبير الخط الزمني`,
		notScheduled: 'لم يُحدَّد موعده',
		inView: (n) => `${n} في العرض`,
		partiesKey: 'الأطراف',
		showEarlier: (count, all) => `اعرض ${count} أحداث أقدم (${all} إجمالًا)`,
		showLater: (count, all) => `اعرض ${count} أحداث أحدث (${all} إجمالًا)`,
		overview: 'نظرة عامة على الخط الزمني كله',
		visibleDates: 'التواريخ الظاهرة',
		overviewHelp:
			'تُبيّن النافذة أي جزء من الخط الزمني يظهر في المخطط. تحرّكها مفاتيح الأسهم؛ ويغيّر عرضها Shift مع سهم أو زائد وناقص؛ وينتقل Home وEnd إلى البداية والنهاية.'
	},
	list: {
		title: 'كل الأحداث بالترتيب الزمني',
		show: 'اعرض القائمة',
		hide: 'أخفِ القائمة',
		pages: 'صفحات القائمة',
		range: (a, b, total) => `الأحداث ${a} إلى ${b} من ${total}`,
		previous: (n) => `السابقة ${n}`,
		next: (n) => `التالية ${n}`,
		more: 'التفاصيل والمصادر',
		needsScript: 'تظهر تفاصيل مخطط زمني بهذا الطول عند تفعيل JavaScript.'
	},
	details: {
		close: 'أغلق التفاصيل',
		related: 'أحداث مرتبطة',
		when: 'متى',
		who: 'من',
		where: 'أين',
		notReported: 'غير مذكور',
		clock: 'التوقيت:',
		forecast: (label, when) => `توقّع، مرسوم كنافذة متقطعة: ${label}، ${when}.`,
		sourceSays: 'ماذا يقول المصدر',
		noPassage: 'لا فقرة من المصدر بعد: هذا الحدث غير موثق.',
		unverifiedQuote: 'اقتباس غير موثق: نص المصدر غير متاح هنا للتحقق منه',
		showPassage: 'اعرض هذه الفقرة في المقال',
		findOriginal: 'اعثر عليها في الأصل',
		original: 'الأصل',
		originalNewTab: ' (يفتح في علامة تبويب جديدة)',
		copyLink: 'انسخ الرابط',
		copyLinkWhat: ' إلى هذا الحدث',
		linkCopied: 'نُسخ الرابط',
		copyRefused: 'النسخ غير مسموح هنا: الرابط محدد في الأسفل؛ انسخه بـ Ctrl+C (‏⌘C على Mac).',
		linkField: 'رابط هذا الحدث'
	}
};

/** Arabic strings of the site's other pages and controls (see enSite). */
export const arSite: SiteMessages = {
	page: {
		skip: 'انتقل إلى المحتوى',
		footer: 'Dateline: خطوط زمنية للتغطية الإخبارية، كل حدث فيها يحيل إلى الفقرة التي جاء منها.',
		builtFrom: 'مبني على',
		linksNote: 'كل حدث يحيل إلى الفقرة التي تنقله.',
		loadedFrom: 'حُمِّل من',
		remoteNote: 'تظهر اقتباساته كما كُتبت هناك: نصوص المصادر غير متاحة هنا للتحقق منها.',
		unverifiedDraft: 'مسودة غير موثقة: أحداث هذا الخط الزمني لم تُربط بعد بفقرات من مصدر.',
		notFoundTitle: 'الصفحة غير موجودة',
		notFoundText: 'لا توجد صفحة على هذا العنوان. ربما كانت خطًا زمنيًا أُعيدت تسميته أو حُذف.',
		notFoundHome: 'إلى الصفحة الرئيسية لـ Dateline'
	},
	load: {
		remoteLoading: 'جارٍ تحميل الخط الزمني',
		remoteFrom: ' من ',
		remoteError: 'تعذّر عرض هذا الخط الزمني',
		remoteErrorFrom: 'من',
		moreProblems: (n) => `…ومشكلات أخرى: ${n}.`
	},
	embed: {
		button: 'تضمين',
		title: 'ضمّن هذا الخط الزمني',
		intro: 'الصق أحد هذين المقطعين في صفحتك. يعرضان الخط الزمني بالتحديد والمرشحات الحالية.',
		hash: 'اعكس الحدث المحدد في عنوان صفحتي ليتمكن القراء من مشاركة رابط إليه (المحمّل فقط)',
		loader: 'المحمّل (يضبط حجمه بنفسه، مستحسن)',
		iframe: 'إطار iframe بسيط',
		copy: 'انسخ',
		copied: 'نُسخ',
		close: 'أغلق'
	},
	export: {
		button: 'تصدير',
		picture: 'المخطط كما يظهر الآن، بعنوانه ومفتاح رموزه ومصدره:',
		svg: 'صورة (SVG)',
		png: 'صورة (PNG، ×2)',
		data: (complete) => `كل الأحداث${complete ? '' : ' (بعد تحميلها كلها)'}:`,
		json: 'البيانات (JSON، الصيغة v1)',
		csv: 'جدول (CSV)',
		ics: 'تقويم (.ics)',
		downloading: (name) => `جارٍ تنزيل ${name}`,
		needsWide: 'تحتاج الصورة إلى المخطط العريض: وسّع النافذة إلى 640 بكسل على الأقل، ثم أعد المحاولة.',
		failed: (name, why) => `تعذّر إنشاء ${name}: ${why}`
	},
	source: {
		crumb: 'المصدر',
		published: (d) => `نُشر في ${d}`,
		original: 'الأصل على الويب',
		hint: 'الفقرات المعلَّمة يستشهد بها خط زمني. تنتهي كل منها برابط يعود إلى حدثها.',
		showing: 'تظهر الفقرة التي يستشهد بها الحدث',
		back: (title) => `عودة إلى الحدث: ${title}`,
		copyCitation: 'انسخ الاقتباس',
		copied: 'نُسخ'
	},
	theme: {
		auto: 'النظام',
		light: 'فاتح',
		dark: 'داكن',
		label: (choice) => `سمة الألوان: ${choice} (غيّر)`,
		button: (choice) => `السمة: ${choice}`
	}
};
