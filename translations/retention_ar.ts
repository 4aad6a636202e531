<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>ArgumentParser</name>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>«{value}» ليس عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض هذه المساعدة والخروج</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>يلزم أحد الوسائط التالية: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>لا يُستعمل مع الوسيط %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يلزمه قيمة واحدة</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>هذا الخيار لا يأخذ قيمة، فلا مكان لـ %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار مبهم: %(option)s قد يكون أيًّا من %(matches)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من بين %(choices)s)</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: خطأ: {message}</translation>
    </message>
</context>
<context>
    <name>AudienceBox</name>
    <message>
        <source>All customers</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <source>Contract or renewal ending within</source>
        <translation>عقد أو تجديد ينتهي خلال</translation>
    </message>
    <message>
        <source>No purchase for more than</source>
        <translation>لم يشترِ منذ أكثر من</translation>
    </message>
    <message>
        <source>Customers with the tag</source>
        <translation>العملاء الموسومون بـ</translation>
    </message>
    <message>
        <source>Lost for the reason</source>
        <translation>مفقودون بسبب</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers match today</source>
        <translation>
            <numerusform>لا يطابق أي عميل اليوم</numerusform>
            <numerusform>يطابق عميل واحد اليوم</numerusform>
            <numerusform>يطابق عميلان اليوم</numerusform>
            <numerusform>يطابق %n عملاء اليوم</numerusform>
            <numerusform>يطابق %n عميلًا اليوم</numerusform>
            <numerusform>يطابق %n عميل اليوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backing up the book…</source>
        <translation>جارٍ نسخ الدفتر احتياطيًا…</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size}).</source>
        <translation>حُفظت النسخة الاحتياطية في {path} ({size}).</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Daily, automatic</source>
        <translation>يومية، تلقائية</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>أنشأتها أنت</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>قبل تحديث البرنامج</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استرجاع</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>قبل استيراد</translation>
    </message>
    <message>
        <source>Damaged copy</source>
        <translation>نسخة تالفة</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>أُنشئت في</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Retention Desktop databases ({patterns});;All files (*)</source>
        <translation>قواعد بيانات الاحتفاظ بالعملاء ({patterns});;كل الملفات (*)</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>القرص ممتلئ.</translation>
    </message>
    <message>
        <source>the folder cannot be written to.</source>
        <translation>لا يمكن الكتابة في المجلد.</translation>
    </message>
    <message>
        <source>the copy did not pass its check.</source>
        <translation>لم تجتز النسخة الفحص.</translation>
    </message>
    <message>
        <source>the folder cannot be written to, or its disk is not connected.</source>
        <translation>لا يمكن الكتابة في المجلد، أو أن قرصه غير موصول.</translation>
    </message>
    <message>
        <source>the copy could not be written.</source>
        <translation>تعذرت كتابة النسخة.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميجابايت</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} جيجابايت</translation>
    </message>
    <message>
        <source>The backup could not be made in {folder}: {reason} The database itself was not changed.</source>
        <translation>تعذر إنشاء النسخة الاحتياطية في {folder}: {reason} ولم تتغير قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>Nothing was restored: the database is exactly as it was.</source>
        <translation>لم يُسترجع شيء: قاعدة البيانات كما كانت تمامًا.</translation>
    </message>
</context>
<context>
    <name>BookActions</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>Open the shop&apos;s &amp;server…</source>
        <translation>فتح &amp;خادم المتجر…</translation>
    </message>
    <message>
        <source>Open rec&amp;ent</source>
        <translation>المفتوحة &amp;مؤخرًا</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ا&amp;سترجاع نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Check the database…</source>
        <translation>&amp;فحص قاعدة البيانات…</translation>
    </message>
    <message>
        <source>A book on a database server is brought back by copying a backup into a new, empty database on the server (the copy-to command; see the README).</source>
        <translation>يُسترجع دفتر على خادم قاعدة بيانات بنسخ نسخة احتياطية إلى قاعدة بيانات جديدة فارغة على الخادم (الأمر copy-to؛ انظر ملف README).</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>{path} already exists. To work in it, use Open database…; for a new one, choose another name.</source>
        <translation>{path} موجود من قبل. للعمل فيه استخدم «فتح قاعدة بيانات…»، ولإنشاء قاعدة جديدة اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>No other database opened yet</source>
        <translation>لم تُفتح قاعدة بيانات أخرى بعد</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>{path} is no longer there.</source>
        <translation>{path} لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>حُفظت النسخة الاحتياطية في {path}</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s PIN to restore a backup.</source>
        <translation>أدخل الرقم السري للمالك لاسترجاع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>جارٍ فحص كل صفحات قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Today&apos;s backup is made: {path}</source>
        <translation>أُنشئت نسخة اليوم الاحتياطية: {path}</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>تعذر إنشاء نسخة اليوم الاحتياطية: {reason}</translation>
    </message>
    <message>
        <source>Today&apos;s backup met an unexpected problem; the details were written to the log.</source>
        <translation>واجهت نسخة اليوم الاحتياطية مشكلة غير متوقعة، وكُتبت التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>BookCheck</name>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Archived customers</source>
        <translation>العملاء المؤرشفون</translation>
    </message>
    <message>
        <source>Follow-ups (open or done)</source>
        <translation>المتابعات (المفتوحة والمنجزة)</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>المتابعات المفتوحة</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>التفاعلات</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>الإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Catalogue items</source>
        <translation>المنتجات والخدمات</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>قوالب الرسائل</translation>
    </message>
</context>
<context>
    <name>BookCopy</name>
    <message>
        <source>That is the database the book is in. Give a new, empty database to copy it into.</source>
        <translation>هذه هي قاعدة البيانات التي فيها الدفتر نفسه. حدّد قاعدة بيانات جديدة فارغة لنسخه إليها.</translation>
    </message>
    <message>
        <source>{target} already holds customers, invoices or other records. A book can only be copied into a new, empty database. Nothing was changed.</source>
        <translation>في {target} عملاء أو فواتير أو سجلات أخرى من قبل. لا يُنسخ الدفتر إلا إلى قاعدة بيانات جديدة فارغة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Copying the book…</source>
        <translation>نسخ الدفتر…</translation>
    </message>
    <message>
        <source>Copying the search index…</source>
        <translation>نسخ فهرس البحث…</translation>
    </message>
    <message>
        <source>Checking the copy…</source>
        <translation>التحقق من النسخة…</translation>
    </message>
</context>
<context>
    <name>Books</name>
    <message>
        <source>This database is protected: enter the owner&apos;s PIN to open it.</source>
        <translation>قاعدة البيانات هذه محمية: أدخل الرقم السري للمالك لفتحها.</translation>
    </message>
    <message>
        <source>Open the usual database on this computer instead?</source>
        <translation>هل تريد فتح قاعدة البيانات المعتادة على هذا الحاسوب بدلًا منها؟</translation>
    </message>
    <message>
        <source>Open the usual database</source>
        <translation>فتح قاعدة البيانات المعتادة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استرجاع النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restored {file}.</source>
        <translation>استُرجعت {file}.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>حُفظت قاعدة البيانات كما كانت في {path}.</translation>
    </message>
</context>
<context>
    <name>BusinessProfilePage</name>
    <message>
        <source>As messages to customers sign it</source>
        <translation>كما تُوقَّع به الرسائل إلى العملاء</translation>
    </message>
    <message>
        <source>For invoices printed in English</source>
        <translation>للفواتير المطبوعة بالإنجليزية</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>For invoices printed in English; empty: the Arabic one</source>
        <translation>للفواتير المطبوعة بالإنجليزية؛ إن تُرك فارغًا فالعنوان العربي</translation>
    </message>
    <message>
        <source>e.g. 011 234 5678</source>
        <translation>مثال: 011 234 5678</translation>
    </message>
    <message>
        <source>Leave empty if the shop is not registered for VAT</source>
        <translation>اتركه فارغًا إن لم يكن المحل مسجلًا في ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Prices are typed with VAT included (as on a shelf label)</source>
        <translation>تُكتب الأسعار شاملة ضريبة القيمة المضافة (كما على بطاقة الرف)</translation>
    </message>
    <message>
        <source>The catalogue&apos;s prices stay as they were typed: check them in the Catalogue after this change.</source>
        <translation>تبقى أسعار قائمة المنتجات والخدمات كما كُتبت: راجعها في القائمة بعد هذا التغيير.</translation>
    </message>
    <message>
        <source>Print the Hijri date beside the Gregorian one</source>
        <translation>طباعة التاريخ الهجري بجانب الميلادي</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>الإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Printed at the foot of each invoice, e.g. goods can be exchanged within 7 days</source>
        <translation>تُطبع أسفل كل فاتورة، مثل: يمكن استبدال البضاعة خلال 7 أيام</translation>
    </message>
    <message>
        <source>For invoices printed in English; empty: the Arabic terms</source>
        <translation>للفواتير المطبوعة بالإنجليزية؛ إن تُرك فارغًا فالشروط العربية</translation>
    </message>
    <message>
        <source>Shop name (Arabic)</source>
        <translation>اسم المحل (بالعربية)</translation>
    </message>
    <message>
        <source>Shop name (English)</source>
        <translation>اسم المحل (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Address (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Address (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Invoice terms (Arabic)</source>
        <translation>شروط الفاتورة (بالعربية)</translation>
    </message>
    <message>
        <source>Invoice terms (English)</source>
        <translation>شروط الفاتورة (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Opening hours (Arabic)</source>
        <translation>ساعات العمل (بالعربية)</translation>
    </message>
    <message>
        <source>Opening hours (English)</source>
        <translation>ساعات العمل (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this country; the VAT number is checked for it.</source>
        <translation>أرقام الهواتف المكتوبة بلا رمز دولة تُقرأ على أنها من هذه الدولة، ويُتحقق من الرقم الضريبي وفق قواعدها.</translation>
    </message>
    <message>
        <source>VAT registration number</source>
        <translation>رقم التسجيل الضريبي</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>نسبة ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Numbers start with</source>
        <translation>تبدأ الأرقام بـ</translation>
    </message>
    <message>
        <source>e.g. 055 123 4567</source>
        <translation>مثال: 055 123 4567</translation>
    </message>
    <message>
        <source>e.g. https://maps.app.goo.gl/…</source>
        <translation>مثال: https://maps.app.goo.gl/…</translation>
    </message>
    <message>
        <source>e.g. Saturday to Thursday, 9:00 to 23:00</source>
        <translation>مثال: السبت إلى الخميس، من 9:00 إلى 23:00</translation>
    </message>
    <message>
        <source>For welcome kits printed in English; empty: the Arabic hours</source>
        <translation>للحقائب الترحيبية المطبوعة بالإنجليزية؛ إن تُرك فارغًا فساعات العمل بالعربية</translation>
    </message>
    <message>
        <source>Western (0123456789)</source>
        <translation>غربية (0123456789)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣٤٥٦٧٨٩)</source>
        <translation>هندية (٠١٢٣٤٥٦٧٨٩)</translation>
    </message>
    <message>
        <source>For the new-customer kit</source>
        <translation>للحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Map link</source>
        <translation>رابط الموقع على الخريطة</translation>
    </message>
    <message>
        <source>Digits in Arabic print</source>
        <translation>الأرقام في المطبوعات العربية</translation>
    </message>
    <message>
        <source>For example {invoice} and {credit_note}</source>
        <translation>مثال: {invoice} و{credit_note}</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}</source>
        <translation>تعذّرت قراءة الملف: {reason}</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>حفظ الكل</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>نعم لل&amp;كل</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>لا لل&amp;كل</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>عدم الحفظ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>تعليمات</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>استجابوا</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>عاد</translation>
    </message>
    <message>
        <source>Response
rate</source>
        <comment>a column heading on two lines</comment>
        <translation>نسبة
الاستجابة</translation>
    </message>
    <message>
        <source>Win-back
rate</source>
        <comment>a column heading on two lines</comment>
        <translation>نسبة
الاستعادة</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Cost per
returned customer</source>
        <comment>a column heading on two lines</comment>
        <translation>تكلفة
العميل العائد</translation>
    </message>
    <message>
        <source>A message sent or a call made, or an outcome recorded</source>
        <translation>رسالة أُرسلت أو مكالمة أُجريت، أو نتيجة سُجّلت</translation>
    </message>
    <message>
        <source>Answered: declined, interested or returned</source>
        <translation>من ردّ: رفض أو اهتم أو عاد</translation>
    </message>
    <message>
        <source>Recorded as returned, or bought within the campaign&apos;s window</source>
        <translation>سُجّل أنه عاد، أو اشترى خلال فترة الحملة</translation>
    </message>
    <message>
        <source>Responded, of the customers targeted</source>
        <translation>من استجابوا، من العملاء المستهدفين</translation>
    </message>
    <message>
        <source>Returned, of the customers targeted</source>
        <translation>من عادوا، من العملاء المستهدفين</translation>
    </message>
    <message>
        <source>The campaign&apos;s costs divided by the customers who returned</source>
        <translation>تكاليف الحملة مقسومة على العملاء الذين عادوا</translation>
    </message>
</context>
<context>
    <name>CampaignView</name>
    <message>
        <source>Record the outcome</source>
        <translation>تسجيل النتيجة</translation>
    </message>
    <message>
        <source>Targets and outcomes</source>
        <translation>المستهدفون والنتائج</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Outcome of the selected customer:</source>
        <translation>نتيجة العميل المحدد:</translation>
    </message>
    <message>
        <source>{occasion} on {day}</source>
        <translation>{occasion} في {day}</translation>
    </message>
    <message numerus="yes">
        <source>a call %n days after the message</source>
        <translation>
            <numerusform>مكالمة بعد الرسالة بـ %n يوم</numerusform>
            <numerusform>مكالمة بعد الرسالة بيوم واحد</numerusform>
            <numerusform>مكالمة بعد الرسالة بيومين</numerusform>
            <numerusform>مكالمة بعد الرسالة بـ %n أيام</numerusform>
            <numerusform>مكالمة بعد الرسالة بـ %n يومًا</numerusform>
            <numerusform>مكالمة بعد الرسالة بـ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>window {start} to {end}</source>
        <translation>الفترة من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Offer: {offer}</source>
        <translation>العرض: {offer}</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>استجابوا</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>عاد</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>نسبة الاستجابة</translation>
    </message>
    <message>
        <source>Win-back rate</source>
        <translation>نسبة الاستعادة</translation>
    </message>
    <message>
        <source>Cost per returned customer</source>
        <translation>تكلفة العميل العائد</translation>
    </message>
    <message>
        <source>Save the costs</source>
        <translation>حفظ التكاليف</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message numerus="yes">
        <source>The number of days is from 1 to %n.</source>
        <translation>
            <numerusform>عدد الأيام من 1 إلى %n.</numerusform>
            <numerusform>عدد الأيام يوم واحد.</numerusform>
            <numerusform>عدد الأيام من 1 إلى 2.</numerusform>
            <numerusform>عدد الأيام من 1 إلى %n.</numerusform>
            <numerusform>عدد الأيام من 1 إلى %n.</numerusform>
            <numerusform>عدد الأيام من 1 إلى %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract ending within %n days</source>
        <translation>
            <numerusform>عقد ينتهي اليوم</numerusform>
            <numerusform>عقد ينتهي خلال يوم واحد</numerusform>
            <numerusform>عقد ينتهي خلال يومين</numerusform>
            <numerusform>عقد ينتهي خلال %n أيام</numerusform>
            <numerusform>عقد ينتهي خلال %n يومًا</numerusform>
            <numerusform>عقد ينتهي خلال %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No purchase for more than %n days</source>
        <translation>
            <numerusform>لم يشترِ منذ أكثر من %n يوم</numerusform>
            <numerusform>لم يشترِ منذ أكثر من يوم</numerusform>
            <numerusform>لم يشترِ منذ أكثر من يومين</numerusform>
            <numerusform>لم يشترِ منذ أكثر من %n أيام</numerusform>
            <numerusform>لم يشترِ منذ أكثر من %n يومًا</numerusform>
            <numerusform>لم يشترِ منذ أكثر من %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen customers</source>
        <translation>
            <numerusform>لا عملاء مختارين</numerusform>
            <numerusform>عميل واحد مختار</numerusform>
            <numerusform>عميلان مختاران</numerusform>
            <numerusform>%n عملاء مختارين</numerusform>
            <numerusform>%n عميلًا مختارًا</numerusform>
            <numerusform>%n عميل مختار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>الاسم أطول من %n حرف.</numerusform>
            <numerusform>الاسم أطول من حرف واحد.</numerusform>
            <numerusform>الاسم أطول من حرفين.</numerusform>
            <numerusform>الاسم أطول من %n أحرف.</numerusform>
            <numerusform>الاسم أطول من %n حرفًا.</numerusform>
            <numerusform>الاسم أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The offer is longer than %n characters.</source>
        <translation>
            <numerusform>العرض أطول من %n حرف.</numerusform>
            <numerusform>العرض أطول من حرف واحد.</numerusform>
            <numerusform>العرض أطول من حرفين.</numerusform>
            <numerusform>العرض أطول من %n أحرف.</numerusform>
            <numerusform>العرض أطول من %n حرفًا.</numerusform>
            <numerusform>العرض أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign lasts at most %n days.</source>
        <translation>
            <numerusform>تدوم الحملة %n يوم على الأكثر.</numerusform>
            <numerusform>تدوم الحملة يومًا واحدًا على الأكثر.</numerusform>
            <numerusform>تدوم الحملة يومين على الأكثر.</numerusform>
            <numerusform>تدوم الحملة %n أيام على الأكثر.</numerusform>
            <numerusform>تدوم الحملة %n يومًا على الأكثر.</numerusform>
            <numerusform>تدوم الحملة %n يوم على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A campaign has at most %n cost lines.</source>
        <translation>
            <numerusform>للحملة %n بند تكلفة على الأكثر.</numerusform>
            <numerusform>للحملة بند تكلفة واحد على الأكثر.</numerusform>
            <numerusform>للحملة بندا تكلفة على الأكثر.</numerusform>
            <numerusform>للحملة %n بنود تكلفة على الأكثر.</numerusform>
            <numerusform>للحملة %n بندًا للتكلفة على الأكثر.</numerusform>
            <numerusform>للحملة %n بند تكلفة على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call comes 1 to %n days after the message.</source>
        <translation>
            <numerusform>تأتي المكالمة بعد الرسالة بيوم إلى %n يوم.</numerusform>
            <numerusform>تأتي المكالمة بعد الرسالة بيوم واحد.</numerusform>
            <numerusform>تأتي المكالمة بعد الرسالة بيوم إلى يومين.</numerusform>
            <numerusform>تأتي المكالمة بعد الرسالة بيوم إلى %n أيام.</numerusform>
            <numerusform>تأتي المكالمة بعد الرسالة بيوم إلى %n يومًا.</numerusform>
            <numerusform>تأتي المكالمة بعد الرسالة بيوم إلى %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These targets are %n customers: too many to follow up one by one. Narrow them down.</source>
        <translation>
            <numerusform>المستهدفون %n عميل: عدد أكبر من أن يُتابَع واحدًا واحدًا. ضيّق الاختيار.</numerusform>
            <numerusform>المستهدفون عميل واحد: عدد أكبر من أن يُتابَع واحدًا واحدًا. ضيّق الاختيار.</numerusform>
            <numerusform>المستهدفون عميلان: عدد أكبر من أن يُتابَع واحدًا واحدًا. ضيّق الاختيار.</numerusform>
            <numerusform>المستهدفون %n عملاء: عدد أكبر من أن يُتابَع واحدًا واحدًا. ضيّق الاختيار.</numerusform>
            <numerusform>المستهدفون %n عميلًا: عدد أكبر من أن يُتابَع واحدًا واحدًا. ضيّق الاختيار.</numerusform>
            <numerusform>المستهدفون %n عميل: عدد أكبر من أن يُتابَع واحدًا واحدًا. ضيّق الاختيار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is longer than %n characters.</source>
        <translation>
            <numerusform>الملاحظة أطول من %n حرف.</numerusform>
            <numerusform>الملاحظة أطول من حرف واحد.</numerusform>
            <numerusform>الملاحظة أطول من حرفين.</numerusform>
            <numerusform>الملاحظة أطول من %n أحرف.</numerusform>
            <numerusform>الملاحظة أطول من %n حرفًا.</numerusform>
            <numerusform>الملاحظة أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>لم تعد هذه الحملة موجودة.</translation>
    </message>
    <message>
        <source>Occasion sequence</source>
        <translation>سلسلة مناسبة</translation>
    </message>
    <message>
        <source>Win-back campaign</source>
        <translation>حملة استعادة</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>SMS text</source>
        <translation>رسالة نصية SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>لم تُعرف بعد</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>مهتم</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>عاد</translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>خصومات ممنوحة</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>هدايا</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>رسائل</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>تكاليف أخرى</translation>
    </message>
    <message>
        <source>Choose a tag.</source>
        <translation>اختر وسمًا.</translation>
    </message>
    <message>
        <source>Tagged {tag}</source>
        <translation>الموسومون بـ {tag}</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>اختر سببًا.</translation>
    </message>
    <message>
        <source>Lost for: {reason}</source>
        <translation>مفقودون بسبب: {reason}</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>أعطِ الحملة اسمًا.</translation>
    </message>
    <message>
        <source>Write the offer.</source>
        <translation>اكتب العرض.</translation>
    </message>
    <message>
        <source>The first message would be on {day}, which is in the past. Choose today or a later day.</source>
        <translation>ستكون الرسالة الأولى في {day}، وهو تاريخ مضى. اختر اليوم أو يومًا لاحقًا.</translation>
    </message>
    <message>
        <source>The campaign ends before it starts.</source>
        <translation>تنتهي الحملة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>Call after the offer: {name}</source>
        <translation>مكالمة بعد العرض: {name}</translation>
    </message>
    <message>
        <source>No customer matches these targets. Choose other targets.</source>
        <translation>لا يطابق هذا الاستهداف أي عميل. اختر استهدافًا آخر.</translation>
    </message>
    <message>
        <source>This customer is not a target of this campaign.</source>
        <translation>هذا العميل ليس من المستهدفين في هذه الحملة.</translation>
    </message>
</context>
<context>
    <name>CampaignsCommand</name>
    <message>
        <source>No campaign yet.</source>
        <translation>لا حملات بعد.</translation>
    </message>
    <message>
        <source>targeted {targeted}, contacted {contacted}, responded {responded}, returned {returned}</source>
        <translation>المستهدفون {targeted}، تم التواصل {contacted}، استجاب {responded}، عاد {returned}</translation>
    </message>
    <message>
        <source>response rate {response}, win-back rate {win_back}, costs {cost}, cost per returned customer {per_returned}</source>
        <translation>نسبة الاستجابة {response}، نسبة الاستعادة {win_back}، التكاليف {cost}، تكلفة العميل العائد {per_returned}</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Start a win-back campaign</source>
        <translation>بدء حملة استعادة</translation>
    </message>
    <message>
        <source>No campaign yet. Choose customers who stopped buying, write an offer that answers why, and measure what it brings back.</source>
        <translation>لا حملات بعد. اختر العملاء الذين توقفوا عن الشراء، واكتب عرضًا يعالج سبب توقفهم، وقِس ما يعيده.</translation>
    </message>
    <message>
        <source>Occasion sequence…</source>
        <translation>سلسلة مناسبة…</translation>
    </message>
    <message>
        <source>Warm messages in the days before an occasion, then the offer</source>
        <translation>رسائل تواصل في الأيام التي تسبق مناسبة، ثم العرض</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>حملة جديدة…</translation>
    </message>
    <message>
        <source>What to compare: a telephone company that targeted contracts ending within a month and called after each offer brought its cost per returned customer from $800 to $325; a shop that sent a short warm message every day for two weeks before an occasion, then its offer, heard again from 72% of its customers, against 15% without it.</source>
        <translation>ما تقارن به: شركة اتصالات استهدفت العقود التي تنتهي خلال شهر واتصلت بعد كل عرض، فنزلت تكلفة العميل العائد من 800 دولار إلى 325 دولارًا؛ ومتجر أرسل رسالة قصيرة ودودة كل يوم طوال الأسبوعين السابقين لمناسبة ثم عرضه، فعاد إليه 72% من عملائه، مقابل 15% من دونها.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Its targets, their outcomes and the campaign&apos;s costs</source>
        <translation>المستهدفون ونتائجهم وتكاليف الحملة</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>لا حملات</numerusform>
            <numerusform>حملة واحدة</numerusform>
            <numerusform>حملتان</numerusform>
            <numerusform>%n حملات</numerusform>
            <numerusform>%n حملة</numerusform>
            <numerusform>%n حملة</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the campaign</source>
        <translation>حذف الحملة</translation>
    </message>
    <message>
        <source>Delete the campaign “{name}”? Its follow-ups not done yet are removed; the calls and messages already done stay on the customers&apos; histories.</source>
        <translation>حذف الحملة «{name}»؟ تُزال متابعاتها التي لم تُنجز بعد، وتبقى المكالمات والرسائل المنجزة في سجلات العملاء.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>قائمة المنتجات والخدمات</translation>
    </message>
    <message>
        <source>Show archived items</source>
        <translation>عرض الأصناف المؤرشفة</translation>
    </message>
    <message>
        <source>The catalogue is empty. Add what you sell, and invoices fill in names and prices for you.</source>
        <translation>القائمة فارغة. أضف ما تبيعه، وستُملأ الأسماء والأسعار في الفواتير تلقائيًا.</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>إضافة صنف…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Prices include VAT, as set in the business profile.</source>
        <translation>الأسعار شاملة ضريبة القيمة المضافة، كما في ملف النشاط التجاري.</translation>
    </message>
    <message>
        <source>Prices are before VAT, as set in the business profile.</source>
        <translation>الأسعار قبل ضريبة القيمة المضافة، كما في ملف النشاط التجاري.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
</context>
<context>
    <name>CatalogueItemDialog</name>
    <message>
        <source>New item</source>
        <translation>صنف جديد</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>تعديل الصنف</translation>
    </message>
    <message>
        <source>e.g. 150.00</source>
        <translation>مثال: 150.00</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>كل</translation>
    </message>
    <message>
        <source>For subscriptions and contracts: selling it moves the customer&apos;s renewal date on, and a call is scheduled before it.</source>
        <translation>للاشتراكات والعقود: بيعه يؤجل تاريخ تجديد العميل، وتُجدول مكالمة قبله.</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Price with VAT</source>
        <translation>السعر شامل الضريبة</translation>
    </message>
    <message>
        <source>Price before VAT</source>
        <translation>السعر قبل الضريبة</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>يتجدد</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Price ({currency})</source>
        <translation>السعر ({currency})</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Renews</source>
        <translation>يتجدد</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (مؤرشف)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The database {path} is whole: it passed SQLite&apos;s full check.</source>
        <translation>قاعدة البيانات {path} سليمة: اجتازت فحص SQLite الكامل.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. SQLite found:</source>
        <translation>قاعدة البيانات {path} تالفة. وجد SQLite ما يلي:</translation>
    </message>
    <message>
        <source>Newest backup: {when}</source>
        <translation>أحدث نسخة احتياطية: {when}</translation>
    </message>
    <message>
        <source>Restore a backup (File → Restore… in the program, or the restore command) to go on working.</source>
        <translation>استرجع نسخة احتياطية (ملف ← استرجاع نسخة احتياطية… في البرنامج، أو الأمر restore) لمتابعة العمل.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check of the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database {path} is whole: it passed the full check.</source>
        <translation>قاعدة البيانات {path} سليمة: اجتازت الفحص الكامل.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. Restore a backup to go on working.</source>
        <translation>قاعدة البيانات {path} تالفة. استرجع نسخة احتياطية لمتابعة العمل.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>استرجاع نسخة احتياطية…</translation>
    </message>
</context>
<context>
    <name>CommandHelp</name>
    <message>
        <source>Retention Desktop: keep the customers you already have.</source>
        <translation>الاحتفاظ بالعملاء: حافظ على العملاء الذين لديك.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: retention.sqlite3 in your data folder)</source>
        <translation>ملف قاعدة البيانات أو عنوان SQLAlchemy (الافتراضي: retention.sqlite3 في مجلد بياناتك)</translation>
    </message>
    <message>
        <source>language of the program (default: the one chosen in settings, else Arabic)</source>
        <translation>لغة البرنامج (الافتراضي: اللغة المختارة في الإعدادات، وإلا فالعربية)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>fill an empty customer book with realistic demo customers</source>
        <translation>ملء دفتر عملاء فارغ بعملاء تجريبيين واقعيين</translation>
    </message>
    <message>
        <source>Fill an empty customer book with realistic demo customers and two years of their history: calls, visits, purchases, invoices and follow-ups. It refuses a book that already has customers.</source>
        <translation>يملأ دفتر عملاء فارغًا بعملاء تجريبيين واقعيين وبسجلّهم على مدى سنتين: المكالمات والزيارات والمشتريات والفواتير والمتابعات. ويرفض دفترًا فيه عملاء من قبل.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>how many customers (default 300)</source>
        <translation>عدد العملاء (الافتراضي 300)</translation>
    </message>
    <message>
        <source>print the overdue follow-ups and those due on a day</source>
        <translation>طباعة المتابعات المتأخرة والمستحقة في يوم ما</translation>
    </message>
    <message>
        <source>Print the follow-ups that are overdue or due on a day, one per line: overdue first (oldest first), then the day&apos;s (by time, those without a time last). It only reads the book: the follow-ups that the rules add by themselves (stay in touch, satisfaction call, renewal call, birthday greeting) appear once the program has been opened on the day.</source>
        <translation>يطبع المتابعات المتأخرة أو المستحقة في يوم ما، كل واحدة في سطر: المتأخرة أولًا (الأقدم فالأحدث)، ثم متابعات اليوم (بحسب الوقت، وما لا وقت له في آخرها). وهو يقرأ الدفتر فقط: المتابعات التي تضيفها القواعد من تلقاء نفسها (التواصل الدوري، ومكالمة الاطمئنان على الرضا، ومكالمة التجديد، وتهنئة عيد الميلاد) تظهر بعد فتح البرنامج في ذلك اليوم.</translation>
    </message>
    <message>
        <source>the day (default: today, in the shop&apos;s time zone)</source>
        <translation>اليوم (الافتراضي: اليوم، بحسب المنطقة الزمنية للمتجر)</translation>
    </message>
    <message>
        <source>print a JSON array instead, with the keys id, due_on, due_at (HH:MM or null), kind, customer_id, customer, phone (E.164 or null), reason and overdue</source>
        <translation>طباعة مصفوفة JSON بدلًا من ذلك، بالمفاتيح id وdue_on وdue_at (HH:MM أو null) وkind وcustomer_id وcustomer وphone (بصيغة E.164 أو null) وreason وoverdue</translation>
    </message>
    <message>
        <source>import customers from a CSV or text file, an Excel (.xlsx, .xlsm, .xlsb, .xls) or OpenDocument (.ods) workbook, or phone contacts (.vcf)</source>
        <translation>استيراد العملاء من ملف CSV أو ملف نصي، أو من مصنف Excel ‏(.xlsx و.xlsm و.xlsb و.xls) أو OpenDocument ‏(.ods)، أو من جهات اتصال الجوال (.vcf)</translation>
    </message>
    <message>
        <source>Import customers from FILE: a CSV or text table (UTF-8, UTF-16, Windows-1256 or Windows-1252; comma, semicolon, tab or bar between values), an Excel workbook (.xlsx, .xlsm, .xlsb, .xls) or an OpenDocument spreadsheet (.ods) (its first sheet with anything in it), or phone contacts exported as .vcf. What the file is, is told from what it holds, whatever its name ends in. The columns are matched to the customer&apos;s fields by their headings, in Arabic or English (the matching is printed). Rows are checked as the customer dialog checks them; those that cannot be imported are listed with their row number and the reason. The good rows are imported in one transaction: all of them, or none. Exits with 2 when the file cannot be read at all.</source>
        <translation>يستورد العملاء من الملف: جدول CSV أو جدول نصي (بترميز UTF-8 أو UTF-16 أو Windows-1256 أو Windows-1252، تفصل بين قيمه فاصلة أو فاصلة منقوطة أو مسافة جدولة أو خط عمودي)، أو مصنف Excel ‏(.xlsx أو .xlsm أو .xlsb أو .xls) أو جدول بيانات OpenDocument ‏(.ods) (أول ورقة فيها شيء)، أو جهات اتصال مصدّرة بصيغة .vcf. ويُعرف نوع الملف مما يحتويه، أيًّا كان امتداد اسمه. تُطابَق الأعمدة مع حقول العميل بعناوينها، بالعربية أو الإنجليزية (وتُطبع المطابقة). وتُفحص الصفوف كما يفحصها مربع حوار العميل؛ وما لا يمكن استيراده منها يُذكر برقم صفه وبالسبب. وتُستورد الصفوف السليمة في معاملة واحدة: كلها أو لا شيء منها. ويخرج بالرمز 2 إذا تعذرت قراءة الملف أصلًا.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>only say what would be imported; change nothing</source>
        <translation>الاكتفاء بذكر ما سيُستورد دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>a row with the phone number of a customer already in the book (or of an earlier row) adds what it has to that customer: other numbers, email, tags, notes; nothing there is overwritten (the default)</source>
        <translation>الصف الذي يحمل رقم جوال عميل موجود في الدفتر (أو رقم صف سابق) يضيف ما فيه إلى ذلك العميل: أرقامًا أخرى والبريد والوسوم والملاحظات، دون استبدال شيء مما عنده (الافتراضي)</translation>
    </message>
    <message>
        <source>leave such rows out</source>
        <translation>ترك هذه الصفوف</translation>
    </message>
    <message>
        <source>export the book to a CSV file or an Excel workbook</source>
        <translation>تصدير الدفتر إلى ملف CSV أو مصنف Excel</translation>
    </message>
    <message>
        <source>Write the customers, follow-ups, interactions or invoices to FILE: a CSV file (.csv, one table, UTF-8 as Excel reads it) or an Excel workbook (.xlsx, one sheet each), with headings in the --lang language. It only reads the book.</source>
        <translation>يكتب العملاء أو المتابعات أو سجل التواصل أو الفواتير إلى الملف: ملف CSV ‏(.csv، جدول واحد، بترميز UTF-8 كما يقرؤه Excel) أو مصنف Excel ‏(.xlsx، ورقة لكل جدول)، وعناوين الأعمدة بلغة --lang. وهو يقرأ الدفتر فقط.</translation>
    </message>
    <message>
        <source>the file to write, ending in .csv or .xlsx</source>
        <translation>الملف المراد كتابته، وامتداده .csv أو .xlsx</translation>
    </message>
    <message>
        <source>what to export (default: all of it in a workbook, the customers in a CSV file)</source>
        <translation>ما يُصدَّر (الافتراضي: الكل في المصنف، والعملاء في ملف CSV)</translation>
    </message>
    <message>
        <source>copy the whole book into a new, empty database: the shop&apos;s server, or a file</source>
        <translation>نسخ الدفتر كله إلى قاعدة بيانات جديدة فارغة: خادم المتجر، أو ملف</translation>
    </message>
    <message>
        <source>Copy the whole book (customers, follow-ups, interactions, invoices, campaigns, settings: every record, as it is) into TARGET: a PostgreSQL database, given by its address (postgresql+psycopg://…), when the shop moves its book to its server, or a new database file. TARGET must be new or empty; one that holds customers, invoices or other records is refused. The copy is one transaction: TARGET holds the whole book or, if the copy stops, nothing of it. The book copied from is only read: close the program on it first, so that nothing saved meanwhile is left behind.</source>
        <translation>ينسخ الدفتر كله (العملاء والمتابعات والتفاعلات والفواتير والحملات والإعدادات: كل سجل كما هو) إلى الوجهة: قاعدة بيانات PostgreSQL بعنوانها (postgresql+psycopg://…) حين ينقل المتجر دفتره إلى خادمه، أو ملف قاعدة بيانات جديد. يجب أن تكون الوجهة جديدة أو فارغة؛ وتُرفض وجهة فيها عملاء أو فواتير أو سجلات أخرى. النسخ معاملة واحدة: تحوي الوجهة الدفتر كله، أو لا شيء منه إن توقف النسخ. الدفتر المنسوخ منه يُقرأ فقط: أغلق البرنامج عليه أولًا حتى لا يفوت النسخةَ شيءٌ يُحفظ في أثنائه.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>the database to copy the book into</source>
        <translation>قاعدة البيانات التي يُنسخ إليها الدفتر</translation>
    </message>
    <message>
        <source>write an invoice or credit note as a PDF</source>
        <translation>كتابة فاتورة أو إشعار دائن في ملف PDF</translation>
    </message>
    <message>
        <source>Write the invoice or credit note numbered NUMBER (for example INV-000012 or CN-000003) to a PDF file, as it was issued, in the language given by --lang (default: the program&apos;s language). Printing it again gives the same file.</source>
        <translation>يكتب الفاتورة أو الإشعار الدائن ذا الرقم المعطى (مثل INV-000012 أو CN-000003) في ملف PDF كما صدر، باللغة المحددة بـ --lang (الافتراضي: لغة البرنامج). وإعادة طباعته تعطي الملف نفسه.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>the invoice or credit note number</source>
        <translation>رقم الفاتورة أو الإشعار الدائن</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>الملف.pdf</translation>
    </message>
    <message>
        <source>the PDF file to write (default: NUMBER.pdf in the current folder)</source>
        <translation>ملف PDF المراد كتابته (الافتراضي: الرقم.pdf في المجلد الحالي)</translation>
    </message>
    <message>
        <source>write a new customer&apos;s welcome kit as a PDF</source>
        <translation>كتابة الحقيبة الترحيبية لعميل جديد في ملف PDF</translation>
    </message>
    <message>
        <source>Write the welcome kit of one customer (--customer, with --out) or of every customer whose first purchase was on a day or later (--new-since, one file each in --out-dir), in the language given by --lang (default: the program&apos;s language). Each kit printed is recorded on the customer&apos;s history.</source>
        <translation>يكتب الحقيبة الترحيبية لعميل واحد (--customer، مع --out) أو لكل عميل كان أول شراء له في يوم ما أو بعده (--new-since، ملف لكل عميل في --out-dir)، باللغة المحددة بـ --lang (الافتراضي: لغة البرنامج). وتُسجَّل كل حقيبة تُطبع في سجل العميل.</translation>
    </message>
    <message>
        <source>ID_OR_PHONE</source>
        <translation>الرقم_أو_الجوال</translation>
    </message>
    <message>
        <source>the customer, by number in the book or by phone number</source>
        <translation>العميل، برقمه في الدفتر أو برقم جواله</translation>
    </message>
    <message>
        <source>every customer whose first purchase was on this day or later</source>
        <translation>كل عميل كان أول شراء له في هذا اليوم أو بعده</translation>
    </message>
    <message>
        <source>with --customer: the PDF file to write (default: a name from the invoice and the customer)</source>
        <translation>مع --customer: ملف PDF المراد كتابته (الافتراضي: اسم من الفاتورة والعميل)</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>with --new-since: the folder to write one PDF per customer into</source>
        <translation>مع --new-since: المجلد الذي يُكتب فيه ملف PDF لكل عميل</translation>
    </message>
    <message>
        <source>the kit&apos;s language (default: the program&apos;s)</source>
        <translation>لغة الحقيبة (الافتراضي: لغة البرنامج)</translation>
    </message>
    <message>
        <source>print a report: the same figures as the screens</source>
        <translation>طباعة تقرير: الأرقام نفسها التي تعرضها الشاشات</translation>
    </message>
    <message>
        <source>Print a report: the same figures as the screens show. It only reads the book.</source>
        <translation>يطبع تقريرًا: الأرقام نفسها التي تعرضها الشاشات. وهو يقرأ الدفتر فقط.</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>win-back campaigns and occasion sequences, side by side</source>
        <translation>حملات الاستعادة وسلاسل المناسبات جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Print every campaign and occasion sequence, newest first, with its figures: targeted, contacted, responded, returned, response rate, win-back rate, costs and cost per returned customer. It only reads the book.</source>
        <translation>يطبع كل حملة وكل سلسلة مناسبة، الأحدث أولًا، بأرقامها: المستهدفون، ومن تم التواصل معهم، ومن استجابوا، ومن عادوا، ونسبة الاستجابة، ونسبة الاستعادة، والتكاليف، وتكلفة العميل العائد. وهو يقرأ الدفتر فقط.</translation>
    </message>
    <message>
        <source>print a JSON array instead, with the keys id, kind, name, channel, call_after_days, starts_on, ends_on, targeted, contacted, responded, returned, response_rate, win_back_rate (fractions, or null), cost, currency and cost_per_returned (decimal text, or null)</source>
        <translation>طباعة مصفوفة JSON بدلًا من ذلك، بالمفاتيح id وkind وname وchannel وcall_after_days وstarts_on وends_on وtargeted وcontacted وresponded وreturned وresponse_rate وwin_back_rate (كسور، أو null) وcost وcurrency وcost_per_returned (نص عشري، أو null)</translation>
    </message>
    <message>
        <source>the customers marked lost, by reason</source>
        <translation>العملاء المسجلون مفقودين، بحسب السبب</translation>
    </message>
    <message>
        <source>Print the customers marked lost over a period, by reason: how many, their share, how many were won back since and what they had spent; then how many were lost each month. It only reads the book.</source>
        <translation>يطبع العملاء المسجلين مفقودين خلال فترة، بحسب السبب: عددهم، ونسبتهم، وكم استُعيد منهم بعد ذلك، وما كانوا قد أنفقوه؛ ثم عدد المفقودين في كل شهر. وهو يقرأ الدفتر فقط.</translation>
    </message>
    <message>
        <source>the first day (default: a year before --to)</source>
        <translation>اليوم الأول (الافتراضي: قبل --to بسنة)</translation>
    </message>
    <message>
        <source>the last day (default: today, in the shop&apos;s time zone)</source>
        <translation>اليوم الأخير (الافتراضي: اليوم، بحسب المنطقة الزمنية للمتجر)</translation>
    </message>
    <message>
        <source>print JSON instead, with the keys from, to, total, won_back, value, reasons (key, reason, count, share, won_back, value) and months (month, count, by_reason)</source>
        <translation>طباعة JSON بدلًا من ذلك، بالمفاتيح from وto وtotal وwon_back وvalue وreasons ‏(key وreason وcount وshare وwon_back وvalue) وmonths ‏(month وcount وby_reason)</translation>
    </message>
    <message>
        <source>back up the book now</source>
        <translation>نسخ الدفتر احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Copy the book, checked, into its backup folder (set in Settings; by default a &quot;backups&quot; folder beside the book), or into --to. The book may stay open in the program meanwhile.</source>
        <translation>ينسخ الدفتر، بعد فحص النسخة، إلى مجلد نسخه الاحتياطية (يُحدَّد في الإعدادات؛ وهو افتراضيًا مجلد &quot;backups&quot; بجوار الدفتر)، أو إلى --to. ويمكن أن يبقى الدفتر مفتوحًا في البرنامج أثناء ذلك.</translation>
    </message>
    <message>
        <source>the folder to put the copy in (made if missing)</source>
        <translation>المجلد الذي توضع فيه النسخة (يُنشأ إن لم يكن موجودًا)</translation>
    </message>
    <message>
        <source>replace the book with a backup</source>
        <translation>استبدال الدفتر بنسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace the book with FILE, a backup or another copy of the book. It asks nothing. The file is checked first (one of our books, not from a newer version, not damaged) and refused with a message otherwise, nothing changed; the book as it is now is backed up first. Close the program on this book (on every PC) before.</source>
        <translation>يستبدل الدفتر بالملف: نسخة احتياطية أو نسخة أخرى من الدفتر. ولا يسأل شيئًا. يُفحص الملف أولًا (أنه دفتر من دفاترنا، وليس من إصدار أحدث، وليس تالفًا)، وإلا رُفض برسالة دون تغيير شيء؛ ويُنسخ الدفتر بحالته الحالية احتياطيًا قبل ذلك. أغلق البرنامج المفتوح على هذا الدفتر (على كل جهاز) قبل ذلك.</translation>
    </message>
    <message>
        <source>the backup to bring back</source>
        <translation>النسخة الاحتياطية المراد استرجاعها</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم_السري</translation>
    </message>
    <message>
        <source>the owner&apos;s PIN, when the book has one</source>
        <translation>الرقم السري للمالك، إن كان للدفتر رقم سري</translation>
    </message>
    <message>
        <source>check the book for damage and count what it holds</source>
        <translation>فحص الدفتر بحثًا عن التلف وعدّ ما فيه</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity check and the check of the links between records, then print how many customers, follow-ups, interactions, invoices… the book holds. Exit status 0 when the book is whole, 2 when it is damaged or cannot be opened.</source>
        <translation>يُجري فحص السلامة الكامل في SQLite وفحص الروابط بين السجلات، ثم يطبع عدد العملاء والمتابعات والتفاعلات والفواتير… التي يحتويها الدفتر. رمز الخروج 0 إذا كان الدفتر سليمًا، و2 إذا كان تالفًا أو تعذر فتحه.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>لا توجد قاعدة بيانات في {path}.</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copied the book to {target}:</source>
        <translation>نُسخ الدفتر إلى {target}:</translation>
    </message>
    <message>
        <source>The book at {source} is as it was. To work in the copy, start the program with --db and its address.</source>
        <translation>الدفتر في {source} باقٍ كما كان. للعمل في النسخة شغّل البرنامج بالخيار --db وعنوانها.</translation>
    </message>
</context>
<context>
    <name>CostsEditor</name>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Add a cost</source>
        <translation>إضافة تكلفة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Save the costs</source>
        <translation>حفظ التكاليف</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>السطر {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note for {number}</source>
        <translation>إشعار دائن للفاتورة {number}</translation>
    </message>
    <message>
        <source>Invoice {number} of {date} to {customer}, total {total}</source>
        <translation>الفاتورة {number} بتاريخ {date} للعميل {customer}، الإجمالي {total}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>المفوتر</translation>
    </message>
    <message>
        <source>Left to credit</source>
        <translation>المتبقي للإشعار</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>المُرتجع</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Take back everything that is left of the invoice</source>
        <translation>إرجاع كل ما تبقى من الفاتورة</translation>
    </message>
    <message>
        <source>Everything on this invoice has been credited already.</source>
        <translation>صدرت إشعارات دائنة بكل ما في هذه الفاتورة.</translation>
    </message>
    <message>
        <source>e.g. returned unused, or priced wrongly</source>
        <translation>مثال: أُرجع دون استخدام، أو سُعّر خطأً</translation>
    </message>
    <message>
        <source>Credit note total</source>
        <translation>إجمالي الإشعار الدائن</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Issue credit note</source>
        <translation>إصدار الإشعار الدائن</translation>
    </message>
    <message>
        <source>Unit price
({currency})</source>
        <translation>سعر الوحدة
({currency})</translation>
    </message>
    <message>
        <source>Right price
({currency})</source>
        <translation>السعر الصحيح
({currency})</translation>
    </message>
    <message>
        <source>The unit price the line should have had: the credit note credits the difference, with its VAT</source>
        <translation>سعر الوحدة الذي كان ينبغي أن يكون للسطر: يُشعَر بالفرق دائنًا مع ضريبته</translation>
    </message>
    <message>
        <source>Open credit note</source>
        <translation>فتح الإشعار الدائن</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>السطر {number}: {problem}</translation>
    </message>
    <message>
        <source>Credit note {number} is issued. Total: {total}</source>
        <translation>صدر الإشعار الدائن {number}. الإجمالي: {total}</translation>
    </message>
    <message>
        <source>Credit note {number}</source>
        <translation>الإشعار الدائن {number}</translation>
    </message>
</context>
<context>
    <name>CustomerBook</name>
    <message>
        <source>Search by name, phone, email, tag or note (Ctrl+F)</source>
        <translation>ابحث بالاسم أو الهاتف أو البريد أو الوسم أو الملاحظة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show archived customers</source>
        <translation>عرض العملاء المؤرشفين</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Add a customer to the book (Ctrl+N)</source>
        <translation>إضافة عميل إلى الدفتر (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add the first customer</source>
        <translation>إضافة أول عميل</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>استيراد العملاء…</translation>
    </message>
    <message>
        <source>More than {cap} found</source>
        <translation>أكثر من {cap} نتيجة</translation>
    </message>
    <message>
        <source>More than {cap} archived customers</source>
        <translation>أكثر من {cap} عميل مؤرشف</translation>
    </message>
    <message>
        <source>More than {cap} customers</source>
        <translation>أكثر من {cap} عميل</translation>
    </message>
    <message numerus="yes">
        <source>%n archived</source>
        <translation>
            <numerusform>لا يوجد مؤرشفون</numerusform>
            <numerusform>عميل مؤرشف واحد</numerusform>
            <numerusform>عميلان مؤرشفان</numerusform>
            <numerusform>%n عملاء مؤرشفين</numerusform>
            <numerusform>%n عميلًا مؤرشفًا</numerusform>
            <numerusform>%n عميل مؤرشف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>لا يوجد عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%n عملاء</numerusform>
            <numerusform>%n عميلًا</numerusform>
            <numerusform>%n عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “{query}”.</source>
        <translation>لا يوجد عميل يطابق «{query}».</translation>
    </message>
    <message>
        <source>No archived customers.</source>
        <translation>لا يوجد عملاء مؤرشفون.</translation>
    </message>
    <message>
        <source>Your customer book is empty.
Add your first customer, or import the list you keep: a spreadsheet, a CSV file or your phone&apos;s contacts.</source>
        <translation>دفتر العملاء فارغ.
أضف أول عميل، أو استورد القائمة التي تحتفظ بها: جدول بيانات أو ملف CSV أو جهات الاتصال في هاتفك.</translation>
    </message>
    <message>
        <source>Too many customers match to put them in order: type more to narrow the search.</source>
        <translation>العملاء المطابقون أكثر من أن يُرتَّبوا: اكتب المزيد لتضييق البحث.</translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation>تم حفظ العميل.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>تم حفظ التعديلات.</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>أرشفة العميل</translation>
    </message>
    <message>
        <source>Restore customer</source>
        <translation>إعادة العميل إلى الدفتر</translation>
    </message>
    <message>
        <source>The customer is back in the book.</source>
        <translation>عاد العميل إلى الدفتر.</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Customer is a</source>
        <translation>نوع العميل</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>كيف عرفنا</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>بترشيح من</translation>
    </message>
    <message>
        <source>Has referred</source>
        <translation>رشّح</translation>
    </message>
    <message>
        <source>Renewal / contract end</source>
        <translation>التجديد / نهاية العقد</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>التواصل الدوري</translation>
    </message>
    <message>
        <source>Personal notes</source>
        <translation>ملاحظات شخصية</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Restore to the book</source>
        <translation>إعادة إلى الدفتر</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>انقر مرتين للفتح</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>فاتورة جديدة…</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Schedule follow-up…</source>
        <translation>جدولة متابعة…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Log interaction…</source>
        <translation>تسجيل تفاعل…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>إرسال رسالة…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Choose a customer in the list to see their card.</source>
        <translation>اختر عميلًا من القائمة لعرض بطاقته.</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>تسجيل كمفقود…</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>استعادة العميل</translation>
    </message>
    <message>
        <source>Total spent</source>
        <translation>إجمالي المشتريات</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>المتابعة القادمة</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخر تواصل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Customer since {date}</source>
        <translation>عميل منذ {date}</translation>
    </message>
    <message>
        <source>Archived on {date}. Restore to bring back into the book.</source>
        <translation>أُرشف في {date}. أعده إلى الدفتر لاستعادته.</translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation>{date} (العمر {age})</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Lost, no reason recorded. Mark lost… records one.</source>
        <translation>مفقود دون سبب مسجَّل. «تسجيل كمفقود…» يسجِّل السبب.</translation>
    </message>
    <message>
        <source>Lost on {date}: {reason}</source>
        <translation>مفقود منذ {date}: {reason}</translation>
    </message>
    <message>
        <source>{amount} due</source>
        <translation>مستحق {amount}</translation>
    </message>
    <message>
        <source>Nothing bought yet.</source>
        <translation>لم يشترِ شيئًا بعد.</translation>
    </message>
    <message>
        <source>{kind}, overdue</source>
        <translation>{kind}، متأخرة</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>لا تواصل مسجَّلًا بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n open complaints: resolve them in the history below.</source>
        <translation>
            <numerusform>لا شكاوى مفتوحة.</numerusform>
            <numerusform>شكوى واحدة مفتوحة: عالِجها في السجل أدناه.</numerusform>
            <numerusform>شكويان مفتوحتان: عالِجهما في السجل أدناه.</numerusform>
            <numerusform>%n شكاوى مفتوحة: عالِجها في السجل أدناه.</numerusform>
            <numerusform>%n شكوى مفتوحة: عالِجها في السجل أدناه.</numerusform>
            <numerusform>%n شكوى مفتوحة: عالِجها في السجل أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>قبل يوم</numerusform>
            <numerusform>قبل يومين</numerusform>
            <numerusform>قبل %n أيام</numerusform>
            <numerusform>قبل %n يومًا</numerusform>
            <numerusform>قبل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>كل شهر</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>كل %n يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>كل %n أسبوع</numerusform>
            <numerusform>كل أسبوع</numerusform>
            <numerusform>كل أسبوعين</numerusform>
            <numerusform>كل %n أسابيع</numerusform>
            <numerusform>كل %n أسبوعًا</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>كل %n شهر</numerusform>
            <numerusform>كل شهر</numerusform>
            <numerusform>كل شهرين</numerusform>
            <numerusform>كل %n أشهر</numerusform>
            <numerusform>كل %n شهرًا</numerusform>
            <numerusform>كل %n شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up scheduled.</source>
        <translation>جُدولت المتابعة.</translation>
    </message>
    <message>
        <source>Marked lost: the customer is listed under Lost customers → Marked lost.</source>
        <translation>سُجّل العميل مفقودًا: تجده في «العملاء المفقودون» ← «المفقودون».</translation>
    </message>
    <message>
        <source>Nothing scheduled.</source>
        <translation>لا توجد متابعات مجدولة.</translation>
    </message>
    <message>
        <source>No interactions yet. Log a call, visit or message to start the history.</source>
        <translation>لا توجد تفاعلات بعد. سجّل اتصالًا أو زيارة أو رسالة ليبدأ السجل.</translation>
    </message>
    <message>
        <source>Restore the customer to schedule a follow-up.</source>
        <translation>أعد العميل إلى الدفتر لتتمكن من جدولة متابعة.</translation>
    </message>
    <message>
        <source>{follow_up} (overdue)</source>
        <translation>{follow_up} (متأخرة)</translation>
    </message>
    <message>
        <source>{score}/5</source>
        <translation>{score}&#xa0;من&#xa0;5</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>resolved on {date}</source>
        <translation>حُلّت في {date}</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>تحديد كمحلولة</translation>
    </message>
    <message>
        <source>No purchases yet.</source>
        <translation>لا توجد مشتريات بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoices</source>
        <translation>
            <numerusform>لا توجد فواتير</numerusform>
            <numerusform>فاتورة واحدة</numerusform>
            <numerusform>فاتورتان</numerusform>
            <numerusform>%n فواتير</numerusform>
            <numerusform>%n فاتورة</numerusform>
            <numerusform>%n فاتورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome kit</source>
        <translation>الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>Print the welcome kit of this customer&apos;s first purchase</source>
        <translation>طباعة الحقيبة الترحيبية لأول مشتريات هذا العميل</translation>
    </message>
    <message>
        <source>Print in Arabic</source>
        <translation>طباعة بالعربية</translation>
    </message>
    <message>
        <source>Print in English</source>
        <translation>طباعة بالإنجليزية</translation>
    </message>
    <message>
        <source>in Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Welcome kit printed</source>
        <translation>طُبعت الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>إعادة الطباعة</translation>
    </message>
    <message>
        <source>first {date}</source>
        <translation>الأولى {date}</translation>
    </message>
    <message>
        <source>last {date}</source>
        <translation>الأخيرة {date}</translation>
    </message>
    <message>
        <source>spent {amount}</source>
        <translation>أنفق {amount}</translation>
    </message>
    <message>
        <source>paid {amount}</source>
        <translation>دفع {amount}</translation>
    </message>
    <message>
        <source>due {amount}</source>
        <translation>مستحق {amount}</translation>
    </message>
    <message>
        <source>The newest {listed} are listed; the Sales tab finds all of them.</source>
        <translation>تظهر أحدث {listed}، وتجدها كلها في تبويب المبيعات.</translation>
    </message>
    <message>
        <source>Restore the customer to sell to them.</source>
        <translation>استعد العميل لتتمكن من البيع له.</translation>
    </message>
    <message>
        <source>Complaint marked resolved.</source>
        <translation>سُجّلت الشكوى كمحلولة.</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>تعديل العميل</translation>
    </message>
    <message>
        <source>Used to address the customer correctly in Arabic messages</source>
        <translation>تُستخدم لمخاطبة العميل بالصيغة الصحيحة في الرسائل العربية</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. VIP, family</source>
        <translation>افصل بين الوسوم بفواصل، مثل: مميز، عائلة</translation>
    </message>
    <message>
        <source>The stage follows the customer&apos;s purchases; mark them lost or won back from their card.</source>
        <translation>تتبع المرحلة مشتريات العميل؛ ويُسجَّل مفقودًا أو مستعادًا من بطاقته.</translation>
    </message>
    <message>
        <source>Has one</source>
        <translation>يوجد</translation>
    </message>
    <message>
        <source>When a contract or subscription ends; a call can be scheduled some weeks before it</source>
        <translation>تاريخ انتهاء العقد أو الاشتراك؛ يمكن جدولة اتصال قبله ببضعة أسابيع</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>كل</translation>
    </message>
    <message>
        <source>A follow-up appears by itself when the last contact is older than this</source>
        <translation>تظهر متابعة تلقائيًا عندما يمضي على آخر تواصل أكثر من هذه المدة</translation>
    </message>
    <message>
        <source>Personal touch: family, preferences, what they care about</source>
        <translation>لمسة شخصية: العائلة، التفضيلات، ما يهمه</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>حفظ على أي حال</translation>
    </message>
    <message>
        <source>Customer is a</source>
        <translation>نوع العميل</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>صيغة المخاطبة</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>كيف عرفنا</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>بترشيح من</translation>
    </message>
    <message>
        <source>Renewal / contract end</source>
        <translation>التجديد / نهاية العقد</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>التواصل الدوري</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Choose the referring customer from the list, or clear the field.</source>
        <translation>اختر العميل المرشِّح من القائمة، أو امسح الحقل.</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (مؤرشف)</translation>
    </message>
    <message>
        <source>This phone number already belongs to:
{names}
Is this a different customer?</source>
        <translation>رقم الهاتف هذا مسجل مسبقًا باسم:
{names}
هل هذا عميل مختلف؟</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a name or phone to find the customer</source>
        <translation>اكتب اسمًا أو رقم هاتف للعثور على العميل</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>This customer no longer exists.</source>
        <translation>هذا العميل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>A customer with the same phone number already exists: {names}</source>
        <translation>يوجد عميل بنفس رقم الهاتف: {names}</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message numerus="yes">
        <source>The email address is longer than %n characters.</source>
        <translation>
            <numerusform>عنوان البريد الإلكتروني أطول من %n حرف.</numerusform>
            <numerusform>عنوان البريد الإلكتروني أطول من حرف واحد.</numerusform>
            <numerusform>عنوان البريد الإلكتروني أطول من حرفين.</numerusform>
            <numerusform>عنوان البريد الإلكتروني أطول من %n أحرف.</numerusform>
            <numerusform>عنوان البريد الإلكتروني أطول من %n حرفًا.</numerusform>
            <numerusform>عنوان البريد الإلكتروني أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The area is longer than %n characters.</source>
        <translation>
            <numerusform>اسم المنطقة أطول من %n حرف.</numerusform>
            <numerusform>اسم المنطقة أطول من حرف واحد.</numerusform>
            <numerusform>اسم المنطقة أطول من حرفين.</numerusform>
            <numerusform>اسم المنطقة أطول من %n أحرف.</numerusform>
            <numerusform>اسم المنطقة أطول من %n حرفًا.</numerusform>
            <numerusform>اسم المنطقة أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>الاسم أطول من %n حرف.</numerusform>
            <numerusform>الاسم أطول من حرف واحد.</numerusform>
            <numerusform>الاسم أطول من حرفين.</numerusform>
            <numerusform>الاسم أطول من %n أحرف.</numerusform>
            <numerusform>الاسم أطول من %n حرفًا.</numerusform>
            <numerusform>الاسم أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{email}” is not an email address.</source>
        <translation>«{email}» ليس عنوان بريد إلكتروني صحيحًا.</translation>
    </message>
    <message>
        <source>The birthday cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>Keep in touch at least every 1 day, week or month.</source>
        <translation>اختر مدة تواصل لا تقل عن يوم أو أسبوع أو شهر واحد.</translation>
    </message>
    <message>
        <source>Choose days, weeks or months.</source>
        <translation>اختر الوحدة: أيام أو أسابيع أو أشهر.</translation>
    </message>
    <message>
        <source>That is more than ten years between contacts.</source>
        <translation>هذه مدة تزيد على عشر سنوات بين مرات التواصل.</translation>
    </message>
    <message numerus="yes">
        <source>The birthday is more than %n years ago.</source>
        <translation>
            <numerusform>تاريخ الميلاد أقدم من %n سنة.</numerusform>
            <numerusform>تاريخ الميلاد أقدم من سنة واحدة.</numerusform>
            <numerusform>تاريخ الميلاد أقدم من سنتين.</numerusform>
            <numerusform>تاريخ الميلاد أقدم من %n سنوات.</numerusform>
            <numerusform>تاريخ الميلاد أقدم من %n سنةً.</numerusform>
            <numerusform>تاريخ الميلاد أقدم من %n سنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A tag is longer than %n characters.</source>
        <translation>
            <numerusform>أحد الوسوم أطول من %n حرف.</numerusform>
            <numerusform>أحد الوسوم أطول من حرف واحد.</numerusform>
            <numerusform>أحد الوسوم أطول من حرفين.</numerusform>
            <numerusform>أحد الوسوم أطول من %n أحرف.</numerusform>
            <numerusform>أحد الوسوم أطول من %n حرفًا.</numerusform>
            <numerusform>أحد الوسوم أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>لا يمكن للعميل أن يرشّح نفسه.</translation>
    </message>
    <message>
        <source>The referring customer no longer exists.</source>
        <translation>العميل المرشِّح لم يعد موجودًا.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file {path} is not a Retention Desktop database. It was left untouched.</source>
        <translation>الملف {path} ليس قاعدة بيانات لبرنامج الاحتفاظ بالعملاء. لم يُمسّ الملف.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Retention Desktop (schema {revision}). Please update the program to open it. The file was left untouched.</source>
        <translation>كُتبت قاعدة البيانات هذه بإصدار أحدث من البرنامج (المخطط {revision}). حدّث البرنامج لفتحها. لم يُمسّ الملف.</translation>
    </message>
    <message>
        <source>The database is read-only: nothing can be saved in it.</source>
        <translation>قاعدة البيانات للقراءة فقط: لا يمكن حفظ شيء فيها.</translation>
    </message>
    <message>
        <source>The database {path} is read-only: the program cannot save in it, or in its folder. Copy it to a folder you can write in, or ask whoever looks after this computer for write permission.</source>
        <translation>قاعدة البيانات {path} للقراءة فقط: لا يستطيع البرنامج الحفظ فيها ولا في مجلدها. انسخها إلى مجلد تستطيع الكتابة فيه، أو اطلب إذن الكتابة ممن يتولى أمر هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Nothing was changed. Free some space (empty the recycle bin, move old files away) and try again.</source>
        <translation>القرص ممتلئ، فلم يُحفظ هذا، ولم يتغير شيء. أفرغ بعض المساحة (أفرغ سلة المحذوفات وانقل الملفات القديمة) ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Another window or another PC is saving in this database right now, so this was not saved yet. Nothing was lost: try again in a moment.</source>
        <translation>نافذة أخرى أو حاسوب آخر يحفظ في قاعدة البيانات هذه الآن، فلم يُحفظ هذا بعد. لم يضع شيء: أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read. It was left as it is.</source>
        <translation>قاعدة البيانات {path} تالفة ولا يمكن قراءتها. تُركت كما هي.</translation>
    </message>
    <message>
        <source>The database could not be updated for this version of the program. It was left exactly as it was, and nothing in it was lost.</source>
        <translation>تعذر تحديث قاعدة البيانات لهذا الإصدار من البرنامج. تُركت كما كانت تمامًا، ولم يضع منها شيء.</translation>
    </message>
    <message>
        <source>A copy taken before the update is kept at {path}.</source>
        <translation>نسخة أُخذت قبل التحديث محفوظة في {path}.</translation>
    </message>
    <message>
        <source>Some records in the database point at records that no longer exist.</source>
        <translation>بعض السجلات في قاعدة البيانات تشير إلى سجلات لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Part of the program is missing or damaged, so the database cannot be opened. Please install Retention Desktop again; your data is not affected.</source>
        <translation>جزء من البرنامج مفقود أو تالف، فلا يمكن فتح قاعدة البيانات. ثبّت Retention Desktop من جديد؛ بياناتك لم تتأثر.</translation>
    </message>
    <message>
        <source>This database holds other data and is not a Retention Desktop database.</source>
        <translation>تحتوي قاعدة البيانات هذه على بيانات أخرى وليست قاعدة بيانات لبرنامج الاحتفاظ بالعملاء.</translation>
    </message>
    <message>
        <source>The database {path} is in a network folder. Retention Desktop does not open a database there: when two PCs save in it at once it can be damaged. To share one customer book between several PCs, use the PostgreSQL set-up. To work on this file on this PC alone, copy it to a folder on this PC and open the copy.</source>
        <translation>قاعدة البيانات {path} في مجلد على الشبكة، والبرنامج لا يفتح قاعدة بيانات هناك: فقد تتلف إذا حفظ فيها جهازان في الوقت نفسه. لمشاركة سجل عملاء واحد بين عدة أجهزة، استخدم إعداد PostgreSQL. وللعمل على هذا الملف من هذا الجهاز وحده، انسخه إلى مجلد على هذا الجهاز وافتح النسخة.</translation>
    </message>
    <message>
        <source>This database was closed, so nothing more can be read from it or saved in it.</source>
        <translation>أُغلقت قاعدة البيانات هذه، فلا يمكن القراءة منها ولا الحفظ فيها بعد الآن.</translation>
    </message>
    <message>
        <source>Another copy of Retention Desktop, on this PC or on another one, has this database open. Close it there, then try again. Nothing was changed.</source>
        <translation>قاعدة البيانات هذه مفتوحة في نسخة أخرى من البرنامج، على هذا الجهاز أو على جهاز آخر. أغلقها هناك ثم أعد المحاولة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This is not a database address: {target}</source>
        <translation>هذا ليس عنوان قاعدة بيانات: {target}</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>تعذر إنشاء المجلد {folder}: {reason}</translation>
    </message>
    <message>
        <source>The disk could not be written: it may be full or, for a USB stick or a network folder, no longer connected. This was not saved and nothing was changed. Free some space or reconnect the disk, then try again.</source>
        <translation>تعذرت الكتابة على القرص: ربما امتلأ، أو لم تعد ذاكرة USB أو مجلد الشبكة متصلًا. لم يُحفظ هذا ولم يتغير شيء. أفرغ بعض المساحة أو أعد توصيل القرص، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The driver for {kind} databases is not installed ({module}).</source>
        <translation>برنامج التشغيل لقواعد بيانات {kind} غير مثبت ({module}).</translation>
    </message>
    <message>
        <source>The database server cannot be reached: {reason}</source>
        <translation>تعذر الوصول إلى خادم قاعدة البيانات: {reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The number of demo customers must be between {low} and {high}, not {given}.</source>
        <translation>يجب أن يكون عدد العملاء التجريبيين بين {low} و{high}، وليس {given}.</translation>
    </message>
    <message>
        <source>We miss you: 15% off</source>
        <translation>اشتقنا إليك: خصم 15%</translation>
    </message>
    <message>
        <source>Come back: a gift and a call</source>
        <translation>عودة: هدية ومكالمة</translation>
    </message>
    <message>
        <source>Text messages</source>
        <translation>رسائل نصية</translation>
    </message>
    <message>
        <source>Printed flyers</source>
        <translation>منشورات مطبوعة</translation>
    </message>
    <message numerus="yes">
        <source>The customer book already holds %n customers. Demo customers are only added to an empty book; choose a new database file with --db.</source>
        <translation>
            <numerusform>دفتر العملاء يحتوي بالفعل على عملاء. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</numerusform>
            <numerusform>دفتر العملاء يحتوي بالفعل على عميل واحد. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</numerusform>
            <numerusform>دفتر العملاء يحتوي بالفعل على عميلين. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</numerusform>
            <numerusform>دفتر العملاء يحتوي بالفعل على %n عملاء. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</numerusform>
            <numerusform>دفتر العملاء يحتوي بالفعل على %n عميلًا. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</numerusform>
            <numerusform>دفتر العملاء يحتوي بالفعل على %n عميل. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo customers.</source>
        <translation>
            <numerusform>لم يُضف أي عميل تجريبي.</numerusform>
            <numerusform>أُضيف عميل تجريبي واحد.</numerusform>
            <numerusform>أُضيف عميلان تجريبيان.</numerusform>
            <numerusform>أُضيف %n عملاء تجريبيين.</numerusform>
            <numerusform>أُضيف %n عميلًا تجريبيًا.</numerusform>
            <numerusform>أُضيف %n عميل تجريبي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving demo customers: {done} of {total}</source>
        <translation>جارٍ حفظ العملاء التجريبيين: {done} من {total}</translation>
    </message>
    <message>
        <source>Finishing the book…</source>
        <translation>جارٍ إتمام الدفتر…</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>فتح في العارض</translation>
    </message>
    <message>
        <source>Open in the PC&apos;s own PDF viewer</source>
        <translation>فتح في عارض ملفات PDF على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>الصفحة التالية (Page Down)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>تصغير (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>ملاءمة الصفحة</translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation>من {total}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>الصفحة {page} من {total}</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>DocumentTableModel</name>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Total ({currency})</source>
        <translation>الإجمالي ({currency})</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Paid ({currency})</source>
        <translation>المدفوع ({currency})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark done</source>
        <translation>إنجاز المتابعة</translation>
    </message>
    <message>
        <source>{kind} with {name}</source>
        <translation>{kind} مع {name}</translation>
    </message>
    <message>
        <source>Put a new follow-up on the list for</source>
        <translation>إضافة متابعة جديدة إلى القائمة في</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>ما قيل وما تم الاتفاق عليه</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>“{value}” is not a date the program can use. Write it as YYYY-MM-DD, between {first} and {last}, for example {example}.</source>
        <translation>«{value}» ليس تاريخًا يستطيع البرنامج استعماله. اكتبه بالصيغة YYYY-MM-DD بين {first} و{last}، مثل {example}.</translation>
    </message>
    <message>
        <source>Nothing is due on {day}.</source>
        <translation>لا توجد متابعات مستحقة في {day}.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحقة</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>The program met an unexpected problem and could not finish what you asked. Your saved data is safe.

The details were written to:
{path}</source>
        <translation>واجه البرنامج مشكلة غير متوقعة ولم يتمكن من إتمام طلبك. بياناتك المحفوظة سليمة.

كُتبت التفاصيل في:
{path}</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>تعذر فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Writing rows: {done} of {total}</source>
        <translation>جارٍ كتابة الصفوف: {done} من {total}</translation>
    </message>
    <message>
        <source>Wrote {path} ({counts})</source>
        <translation>كُتب الملف {path} ({counts})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export for a spreadsheet</source>
        <translation>التصدير إلى جدول بيانات</translation>
    </message>
    <message>
        <source>A copy of the book that Excel, LibreOffice or Google Sheets opens, with the headings in the program&apos;s language. The book itself is not changed.</source>
        <translation>نسخة من دفتر العملاء يفتحها Excel أو LibreOffice أو Google Sheets، وعناوين أعمدتها بلغة البرنامج. لا يتغير الدفتر نفسه.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Everything: customers, follow-ups, interactions and invoices</source>
        <translation>الكل: العملاء والمتابعات والتواصل والفواتير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx), one sheet each</source>
        <translation>مصنف Excel ‏(⁦.xlsx⁩)، ورقة لكل جدول</translation>
    </message>
    <message>
        <source>CSV file (.csv), one table</source>
        <translation>ملف CSV ‏(⁦.csv⁩)، جدول واحد</translation>
    </message>
    <message>
        <source>A CSV file holds one table: choose one above to export it as CSV.</source>
        <translation>ملف CSV يحمل جدولًا واحدًا: اختر جدولًا من الأعلى لتصديره بصيغة CSV.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>ملف CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>جارٍ كتابة {file}…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>صُدِّر إلى {path}</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>المتابعات</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>سجل التواصل</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>الفواتير</translation>
    </message>
    <message>
        <source>{name}: the program writes CSV files (.csv) and Excel workbooks (.xlsx). Give the file one of these endings.</source>
        <translation>{name}: يكتب البرنامج ملفات CSV ‏(⁦.csv⁩) ومصنفات Excel ‏(⁦.xlsx⁩). اجعل امتداد الملف أحدهما.</translation>
    </message>
    <message>
        <source>A CSV file holds one table: choose customers, follow-ups, interactions or invoices, or export everything to an Excel workbook (.xlsx), one sheet each.</source>
        <translation>ملف CSV يحمل جدولًا واحدًا: اختر العملاء أو المتابعات أو سجل التواصل أو الفواتير، أو صدّر الكل إلى مصنف Excel ‏(⁦.xlsx⁩) بورقة لكل جدول.</translation>
    </message>
    <message>
        <source>{table}: more rows than an Excel sheet holds (1,048,576). Export them to a CSV file instead.</source>
        <translation>{table}: صفوف أكثر مما تتسع له ورقة Excel ‏(1,048,576). صدّرها إلى ملف CSV بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>رقم العميل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>أرقام الجوال</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>فرد أو منشأة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>المحيل</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>تاريخ الأرشفة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>موعدها</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>تاريخ الإغلاق</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Score (1-5)</source>
        <translation>التقييم (1-5)</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>تاريخ الحل</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Before VAT</source>
        <translation>قبل الضريبة</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>المردود</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>السداد</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>تصحح</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} exists and is not an ordinary file, so it was left alone. Choose a file name.</source>
        <translation>{path} موجود وليس ملفًا عاديًا، فتُرك كما هو. اختر اسم ملف.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the name of the file to write.</source>
        <translation>{path} مجلد. اكتب اسم الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>المجلد {path} غير موجود.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to. Choose another folder.</source>
        <translation>لا يمكن الكتابة في المجلد {path}. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>{path} could not be replaced: it may be open in another program, such as a PDF viewer. Close it there and try again, or save under another name.</source>
        <translation>تعذر استبدال {path}: ربما هو مفتوح في برنامج آخر، كعارض ملفات PDF. أغلقه هناك وأعد المحاولة، أو احفظه باسم آخر.</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>هذه المتابعة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This follow-up is already closed.</source>
        <translation>هذه المتابعة مغلقة بالفعل.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>هذا العميل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>{name} is archived. Restore the customer before scheduling a follow-up.</source>
        <translation>العميل {name} مؤرشف. أعده إلى الدفتر قبل جدولة متابعة.</translation>
    </message>
    <message>
        <source>The date is in the past. Choose today or a later day.</source>
        <translation>التاريخ في الماضي. اختر اليوم أو يومًا لاحقًا.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is longer than %n characters.</source>
        <translation>
            <numerusform>السبب أطول من %n حرف.</numerusform>
            <numerusform>السبب أطول من حرف واحد.</numerusform>
            <numerusform>السبب أطول من حرفين.</numerusform>
            <numerusform>السبب أطول من %n أحرف.</numerusform>
            <numerusform>السبب أطول من %n حرفًا.</numerusform>
            <numerusform>السبب أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>A follow-up can only be snoozed to a day after today.</source>
        <translation>لا يمكن تأجيل المتابعة إلا إلى يوم بعد اليوم.</translation>
    </message>
</context>
<context>
    <name>Hijri</name>
    <message>
        <source>The Hijri date can only be shown for days from {first} to {last}.</source>
        <translation>لا يمكن عرض التاريخ الهجري إلا للأيام من {first} إلى {last}.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Backing up the book before the import…</source>
        <translation>جارٍ نسخ الدفتر احتياطيًا قبل الاستيراد…</translation>
    </message>
    <message>
        <source>Saving the customers…</source>
        <translation>جارٍ حفظ العملاء…</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Checking rows: {done} of {total}</source>
        <translation>جارٍ فحص الصفوف: {done} من {total}</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <source>Nothing was imported (--dry-run).</source>
        <translation>لم يُستورد شيء (--dry-run).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>استيراد العملاء</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Bring in the customers you keep elsewhere: a list saved from Excel or another program (CSV, .xlsx, .xls, .ods), or the contacts exported from a phone (.vcf). The first row of a list should name its columns; in the next step you say what each column holds.</source>
        <translation>أدخِل العملاء المسجلين لديك في مكان آخر: قائمة محفوظة من Excel أو من برنامج آخر (CSV أو ⁦.xlsx⁩ أو ⁦.xls⁩ أو ⁦.ods⁩)، أو جهات الاتصال المصدّرة من الجوال (⁦.vcf⁩). يُفترض أن يحمل الصف الأول من القائمة أسماء أعمدتها، وفي الخطوة التالية تحدد ما يحمله كل عمود.</translation>
    </message>
    <message>
        <source>Nothing is saved until you have seen the preview and chosen Import: you will see how many customers are new, which ones are already in the book, and every row that cannot be imported, with the reason.</source>
        <translation>لا يُحفظ شيء قبل أن تطّلع على المعاينة وتختار «استيراد»: سترى عدد العملاء الجدد، ومن منهم موجود في الدفتر، وكل صف يتعذر استيراده مع السبب.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Columns set to “Do not import” are left out.</source>
        <translation>حدّد ما يحمله كل عمود في الملف. الأعمدة المضبوطة على «عدم الاستيراد» تُترك.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <source>Dates are written:</source>
        <translation>تُكتب التواريخ:</translation>
    </message>
    <message>
        <source>Day first (21/05/1990)</source>
        <translation>اليوم أولًا (21/05/1990)</translation>
    </message>
    <message>
        <source>Month first (05/21/1990)</source>
        <translation>الشهر أولًا (05/21/1990)</translation>
    </message>
    <message>
        <source>Before anything is saved</source>
        <translation>قبل حفظ أي شيء</translation>
    </message>
    <message>
        <source>A row for a customer already in the book or in an earlier row (the same phone number or email; without either, the same name):</source>
        <translation>الصف الذي يكون لعميل موجود في الدفتر أو في صف سابق (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد):</translation>
    </message>
    <message>
        <source>Merge: add what the customer lacks (other numbers, email, tags, notes, an earlier “customer since”)</source>
        <translation>دمج: إضافة ما ينقص العميل (أرقام أخرى، البريد، الوسوم، الملاحظات، تاريخ «عميل منذ» أقدم)</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>تخطي الصف</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>اختيار الملف المراد استيراده</translation>
    </message>
    <message>
        <source>Customer lists (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.vcf);;All files (*)</source>
        <translation>قوائم العملاء (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.ods *.vcf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n rows</source>
        <translation>
            <numerusform>{file}: لا صفوف</numerusform>
            <numerusform>{file}: صف واحد</numerusform>
            <numerusform>{file}: صفان</numerusform>
            <numerusform>{file}: %n صفوف</numerusform>
            <numerusform>{file}: %n صفًا</numerusform>
            <numerusform>{file}: %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the column that holds the customers&apos; names (“Name”, or “First name” and “Last name”).</source>
        <translation>اختر العمود الذي يحمل أسماء العملاء («الاسم»، أو «الاسم الأول» و«اسم العائلة»).</translation>
    </message>
    <message>
        <source>“{field}” is chosen for more than one column: choose it for one only.</source>
        <translation>«{field}» مختار لأكثر من عمود: اختره لعمود واحد فقط.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>جارٍ فحص الصفوف…</translation>
    </message>
    <message numerus="yes">
        <source>Rows that cannot be imported: %n</source>
        <translation>
            <numerusform>الصفوف التي يتعذر استيرادها: لا شيء</numerusform>
            <numerusform>الصفوف التي يتعذر استيرادها: صف واحد</numerusform>
            <numerusform>الصفوف التي يتعذر استيرادها: صفان</numerusform>
            <numerusform>الصفوف التي يتعذر استيرادها: %n صفوف</numerusform>
            <numerusform>الصفوف التي يتعذر استيرادها: %n صفًا</numerusform>
            <numerusform>الصفوف التي يتعذر استيرادها: %n صف</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Why it cannot be imported</source>
        <translation>سبب تعذر الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>(the first %n are listed)</source>
        <translation>
            <numerusform>(لا يُعرض شيء)</numerusform>
            <numerusform>(يُعرض الأول منها)</numerusform>
            <numerusform>(يُعرض الأولان منها)</numerusform>
            <numerusform>(تُعرض الـ%n الأولى منها)</numerusform>
            <numerusform>(يُعرض أول %n صفًا منها)</numerusform>
            <numerusform>(يُعرض أول %n صف منها)</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the customers…</source>
        <translation>جارٍ استيراد العملاء…</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was saved.</source>
        <translation>أُلغي الاستيراد: لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>%n new customers will be added.</source>
        <translation>
            <numerusform>لن يُضاف أي عميل جديد.</numerusform>
            <numerusform>سيُضاف عميل جديد واحد.</numerusform>
            <numerusform>سيُضاف عميلان جديدان.</numerusform>
            <numerusform>سيُضاف %n عملاء جدد.</numerusform>
            <numerusform>سيُضاف %n عميلًا جديدًا.</numerusform>
            <numerusform>سيُضاف %n عميل جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n customers.</source>
        <translation>
            <numerusform>لم يُضف أي عميل.</numerusform>
            <numerusform>أُضيف عميل واحد.</numerusform>
            <numerusform>أُضيف عميلان.</numerusform>
            <numerusform>أُضيف %n عملاء.</numerusform>
            <numerusform>أُضيف %n عميلًا.</numerusform>
            <numerusform>أُضيف %n عميل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines of the file were not in UTF-8 as the rest is, and were read as Windows-1256 (Arabic): lines {lines}. Check their names in the preview.</source>
        <translation>
            <numerusform>لا أسطر في الملف بغير ترميز UTF-8: الأسطر {lines}.</numerusform>
            <numerusform>سطر واحد في الملف لم يكن بترميز UTF-8 كبقية الملف، فقُرئ بترميز Windows-1256 (العربي): السطر {lines}. راجع الأسماء فيه في المعاينة.</numerusform>
            <numerusform>سطران في الملف لم يكونا بترميز UTF-8 كبقية الملف، فقُرئا بترميز Windows-1256 (العربي): السطران {lines}. راجع الأسماء فيهما في المعاينة.</numerusform>
            <numerusform>%n أسطر في الملف لم تكن بترميز UTF-8 كبقية الملف، فقُرئت بترميز Windows-1256 (العربي): الأسطر {lines}. راجع الأسماء فيها في المعاينة.</numerusform>
            <numerusform>%n سطرًا في الملف لم تكن بترميز UTF-8 كبقية الملف، فقُرئت بترميز Windows-1256 (العربي): الأسطر {lines}. راجع الأسماء فيها في المعاينة.</numerusform>
            <numerusform>%n سطر في الملف لم تكن بترميز UTF-8 كبقية الملف، فقُرئت بترميز Windows-1256 (العربي): الأسطر {lines}. راجع الأسماء فيها في المعاينة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This row has %n values where the headings have {columns}: its values would go in the wrong columns.</source>
        <translation>
            <numerusform>لا قيم في هذا الصف بينما العناوين {columns}: ستقع قيمه في غير أعمدتها.</numerusform>
            <numerusform>في هذا الصف قيمة واحدة بينما العناوين {columns}: ستقع قيمه في غير أعمدتها.</numerusform>
            <numerusform>في هذا الصف قيمتان بينما العناوين {columns}: ستقع قيمه في غير أعمدتها.</numerusform>
            <numerusform>في هذا الصف %n قيم بينما العناوين {columns}: ستقع قيمه في غير أعمدتها.</numerusform>
            <numerusform>في هذا الصف %n قيمة بينما العناوين {columns}: ستقع قيمه في غير أعمدتها.</numerusform>
            <numerusform>في هذا الصف %n قيمة بينما العناوين {columns}: ستقع قيمه في غير أعمدتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are customers already in the book (the same phone number or email; without either, the same name): what they add (other numbers, email, tags, notes, an earlier “customer since”) will be merged into that customer.</source>
        <translation>
            <numerusform>لا صفوف لعملاء موجودين في الدفتر.</numerusform>
            <numerusform>صف واحد لعميل موجود في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد): سيُدمج ما يضيفه (أرقام أخرى، البريد، الوسوم، الملاحظات، تاريخ «عميل منذ» أقدم) في ذلك العميل.</numerusform>
            <numerusform>صفان لعميلين موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد): سيُدمج ما يضيفانه (أرقام أخرى، البريد، الوسوم، الملاحظات، تاريخ «عميل منذ» أقدم) في العميل المطابق.</numerusform>
            <numerusform>%n صفوف لعملاء موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد): سيُدمج ما تضيفه (أرقام أخرى، البريد، الوسوم، الملاحظات، تاريخ «عميل منذ» أقدم) في العميل المطابق.</numerusform>
            <numerusform>%n صفًا لعملاء موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد): سيُدمج ما تضيفه (أرقام أخرى، البريد، الوسوم، الملاحظات، تاريخ «عميل منذ» أقدم) في العميل المطابق.</numerusform>
            <numerusform>%n صف لعملاء موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد): سيُدمج ما تضيفه (أرقام أخرى، البريد، الوسوم، الملاحظات، تاريخ «عميل منذ» أقدم) في العميل المطابق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are customers already in the book (the same phone number or email; without either, the same name) and will be skipped.</source>
        <translation>
            <numerusform>لا صفوف لعملاء موجودين في الدفتر.</numerusform>
            <numerusform>صف واحد لعميل موجود في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وسيُتخطى.</numerusform>
            <numerusform>صفان لعميلين موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وسيُتخطيان.</numerusform>
            <numerusform>%n صفوف لعملاء موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُتخطى.</numerusform>
            <numerusform>%n صفًا لعملاء موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُتخطى.</numerusform>
            <numerusform>%n صف لعملاء موجودين في الدفتر (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُتخطى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be merged into it.</source>
        <translation>
            <numerusform>لا صفوف تكرر عميل صف سابق في الملف.</numerusform>
            <numerusform>صف واحد يكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وسيُدمج فيه.</numerusform>
            <numerusform>صفان يكرران عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وسيُدمجان فيه.</numerusform>
            <numerusform>%n صفوف تكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُدمج فيه.</numerusform>
            <numerusform>%n صفًا تكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُدمج فيه.</numerusform>
            <numerusform>%n صف تكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُدمج فيه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat the customer of an earlier row of the file (the same phone number or email; without either, the same name) and will be skipped.</source>
        <translation>
            <numerusform>لا صفوف تكرر عميل صف سابق في الملف.</numerusform>
            <numerusform>صف واحد يكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وسيُتخطى.</numerusform>
            <numerusform>صفان يكرران عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وسيُتخطيان.</numerusform>
            <numerusform>%n صفوف تكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُتخطى.</numerusform>
            <numerusform>%n صفًا تكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُتخطى.</numerusform>
            <numerusform>%n صف تكرر عميل صف سابق في الملف (الجوال نفسه أو البريد نفسه، أو الاسم نفسه لمن لا جوال له ولا بريد) وستُتخطى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows cannot be imported:</source>
        <translation>
            <numerusform>لا صفوف يتعذر استيرادها.</numerusform>
            <numerusform>صف واحد يتعذر استيراده:</numerusform>
            <numerusform>صفان يتعذر استيرادهما:</numerusform>
            <numerusform>%n صفوف يتعذر استيرادها:</numerusform>
            <numerusform>%n صفًا يتعذر استيرادها:</numerusform>
            <numerusform>%n صف يتعذر استيرادها:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added details to %n customers already in the book.</source>
        <translation>
            <numerusform>لم تُضف بيانات إلى أي عميل موجود في الدفتر.</numerusform>
            <numerusform>أُضيفت بيانات إلى عميل واحد موجود في الدفتر.</numerusform>
            <numerusform>أُضيفت بيانات إلى عميلين موجودين في الدفتر.</numerusform>
            <numerusform>أُضيفت بيانات إلى %n عملاء موجودين في الدفتر.</numerusform>
            <numerusform>أُضيفت بيانات إلى %n عميلًا موجودًا في الدفتر.</numerusform>
            <numerusform>أُضيفت بيانات إلى %n عميل موجود في الدفتر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers already in the book had nothing new in the file.</source>
        <translation>
            <numerusform>لا عملاء في الدفتر بلا جديد في الملف.</numerusform>
            <numerusform>عميل واحد موجود في الدفتر لم يكن له جديد في الملف.</numerusform>
            <numerusform>عميلان موجودان في الدفتر لم يكن لهما جديد في الملف.</numerusform>
            <numerusform>%n عملاء موجودون في الدفتر لم يكن لهم جديد في الملف.</numerusform>
            <numerusform>%n عميلًا موجودًا في الدفتر لم يكن لهم جديد في الملف.</numerusform>
            <numerusform>%n عميل موجود في الدفتر لم يكن لهم جديد في الملف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n rows whose phone number was already there.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي صف.</numerusform>
            <numerusform>تُخطي صف واحد رقم جواله موجود من قبل.</numerusform>
            <numerusform>تُخطي صفان رقما جواليهما موجودان من قبل.</numerusform>
            <numerusform>تُخطيت %n صفوف أرقام جوالاتها موجودة من قبل.</numerusform>
            <numerusform>تُخطي %n صفًا أرقام جوالاتها موجودة من قبل.</numerusform>
            <numerusform>تُخطي %n صف أرقام جوالاتها موجودة من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows could not be imported.</source>
        <translation>
            <numerusform>لا صفوف تعذر استيرادها.</numerusform>
            <numerusform>تعذر استيراد صف واحد.</numerusform>
            <numerusform>تعذر استيراد صفين.</numerusform>
            <numerusform>تعذر استيراد %n صفوف.</numerusform>
            <numerusform>تعذر استيراد %n صفًا.</numerusform>
            <numerusform>تعذر استيراد %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers were imported without the customer who referred them: the book has no one customer of that name.</source>
        <translation>
            <numerusform>لم يُستورد أي عميل دون من رشّحه.</numerusform>
            <numerusform>استُورد عميل واحد دون العميل الذي رشّحه: ليس في الدفتر عميل واحد بذلك الاسم.</numerusform>
            <numerusform>استُورد عميلان دون العميل الذي رشّحهما: ليس في الدفتر عميل واحد بذلك الاسم.</numerusform>
            <numerusform>استُورد %n عملاء دون العميل الذي رشّحهم: ليس في الدفتر عميل واحد بذلك الاسم.</numerusform>
            <numerusform>استُورد %n عميلًا دون العميل الذي رشّحهم: ليس في الدفتر عميل واحد بذلك الاسم.</numerusform>
            <numerusform>استُورد %n عميل دون العميل الذي رشّحهم: ليس في الدفتر عميل واحد بذلك الاسم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is larger than %n MB: that is not a customer list the program can import.</source>
        <translation>
            <numerusform>{name} أكبر من %n ميغابايت: ليست هذه قائمة عملاء يمكن للبرنامج استيرادها.</numerusform>
            <numerusform>{name} أكبر من ميغابايت واحد: ليست هذه قائمة عملاء يمكن للبرنامج استيرادها.</numerusform>
            <numerusform>{name} أكبر من ميغابايتين: ليست هذه قائمة عملاء يمكن للبرنامج استيرادها.</numerusform>
            <numerusform>{name} أكبر من %n ميغابايت: ليست هذه قائمة عملاء يمكن للبرنامج استيرادها.</numerusform>
            <numerusform>{name} أكبر من %n ميغابايت: ليست هذه قائمة عملاء يمكن للبرنامج استيرادها.</numerusform>
            <numerusform>{name} أكبر من %n ميغابايت: ليست هذه قائمة عملاء يمكن للبرنامج استيرادها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n sheets: the first one with anything in it, “{sheet}”, is read.</source>
        <translation>
            <numerusform>لا أوراق في المصنف: تُقرأ «{sheet}».</numerusform>
            <numerusform>في المصنف ورقة واحدة: تُقرأ «{sheet}».</numerusform>
            <numerusform>في المصنف ورقتان: تُقرأ أول ورقة فيها بيانات، «{sheet}».</numerusform>
            <numerusform>في المصنف %n أوراق: تُقرأ أول ورقة فيها بيانات، «{sheet}».</numerusform>
            <numerusform>في المصنف %n ورقة: تُقرأ أول ورقة فيها بيانات، «{sheet}».</numerusform>
            <numerusform>في المصنف %n ورقة: تُقرأ أول ورقة فيها بيانات، «{sheet}».</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>عدم الاستيراد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>المنشأة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Area or city</source>
        <translation>المنطقة أو المدينة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Person or business</source>
        <translation>فرد أو منشأة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>How they found us</source>
        <translation>كيف عرفنا</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>عميل منذ</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>تاريخ الأرشفة</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>بترشيح من</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <source>The file {path} cannot be opened: it is a folder, or you may not have permission to read it.</source>
        <translation>تعذر فتح الملف {path}: إما أنه مجلد، أو ليست لديك صلاحية قراءته.</translation>
    </message>
    <message>
        <source>{name} is empty: there is nothing in it to import.</source>
        <translation>{name} فارغ: لا يوجد فيه ما يُستورد.</translation>
    </message>
    <message>
        <source>{name} has a row of headings but no customers under it: there is nothing to import.</source>
        <translation>في {name} صف عناوين ولا عملاء تحته: لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>{name} holds no contacts: there is nothing to import.</source>
        <translation>لا يحمل {name} أي جهة اتصال: لا يوجد ما يُستورد.</translation>
    </message>
    <message>
        <source>{name} is not a table the program can read. Save it from your spreadsheet as CSV or as an Excel workbook (.xlsx), or export your phone&apos;s contacts as a .vcf file, and import that.</source>
        <translation>{name} ليس جدولًا يستطيع البرنامج قراءته. احفظه من برنامج الجداول بصيغة CSV أو مصنف Excel ‏(⁦.xlsx⁩)، أو صدّر جهات اتصال جوالك ملفَّ ⁦.vcf⁩، ثم استورده.</translation>
    </message>
    <message>
        <source>{name} could not be read as a workbook: it may be damaged, or protected by a password. Open it in your spreadsheet, save it again without a password, and import it again.</source>
        <translation>تعذرت قراءة {name} مصنفًا: ربما كان تالفًا أو محميًا بكلمة مرور. افتحه في برنامج الجداول واحفظه من جديد دون كلمة مرور، ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>The file&apos;s text was read as {encoding}.</source>
        <translation>قُرئ نص الملف بترميز {encoding}.</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>العمود {number}</translation>
    </message>
    <message>
        <source>A quotation mark (&quot;) opened in this row is never closed, so the file could not be read from line {line} to its end (line {last}). Close the quotation mark and import the file again.</source>
        <translation>علامة تنصيص (&quot;) فُتحت في هذا الصف ولم تُغلق، فتعذرت قراءة الملف من السطر {line} حتى نهايته (السطر {last}). أغلق علامة التنصيص واستورد الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>It runs from line {first} to line {last}: a quotation mark may be missing.</source>
        <translation>يمتد من السطر {first} إلى السطر {last}: ربما نقصت علامة تنصيص.</translation>
    </message>
    <message>
        <source>“{phone}” has letters in it: it is not a phone number.</source>
        <translation>«{phone}» فيه حروف: ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>“{value}” is after today: a customer cannot have come on a day still to come.</source>
        <translation>«{value}» بعد اليوم: لا يمكن أن يكون العميل قد جاء في يوم لم يأتِ بعد.</translation>
    </message>
    <message>
        <source>“{value}” is before 1950: that cannot be the day a customer came. Check the column.</source>
        <translation>«{value}» قبل عام 1950: لا يمكن أن يكون هذا يوم مجيء العميل. راجع العمود.</translation>
    </message>
    <message>
        <source>“{value}” cannot be the day this customer was archived: it is before they came, or after today.</source>
        <translation>«{value}» لا يمكن أن يكون يوم أرشفة هذا العميل: فهو قبل مجيئه أو بعد اليوم.</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar: that month has no such day.</source>
        <translation>«{value}» ليس يومًا في التقويم: لا يوجد هذا اليوم في ذلك الشهر.</translation>
    </message>
    <message>
        <source>“{value}” is not a date the program can read. Write it day first, for example 21/05/1990.</source>
        <translation>«{value}» ليس تاريخًا يستطيع البرنامج قراءته. اكتبه واليوم أولًا، مثال: 21/05/1990.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>«{value}» ليس تاريخًا.</translation>
    </message>
    <message>
        <source>Company: {name}</source>
        <translation>المنشأة: {name}</translation>
    </message>
    <message>
        <source>No column is imported as the name.</source>
        <translation>لا يوجد عمود يُستورد بوصفه الاسم.</translation>
    </message>
    <message>
        <source>Contact {number}</source>
        <translation>جهة الاتصال {number}</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>الصف {number}</translation>
    </message>
    <message>
        <source>{where} ({name}): {reason}</source>
        <translation>{where} ({name}): {reason}</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>The book is on a database server: the server checks its own files (for PostgreSQL, its page checksums). Only the counts are shown here.</source>
        <translation>الدفتر على خادم قاعدة بيانات: الخادم يفحص ملفاته بنفسه (في PostgreSQL بمجاميع التحقق لصفحاته). تظهر هنا الأعداد فقط.</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <source>Log an interaction</source>
        <translation>تسجيل تفاعل</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجّلة</translation>
    </message>
    <message>
        <source>1 = very unhappy, 5 = very happy</source>
        <translation>1 = غير راضٍ إطلاقًا، 5 = راضٍ جدًا</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>الرضا</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>What went wrong? (required)</source>
        <translation>ما المشكلة؟ (مطلوب)</translation>
    </message>
    <message>
        <source>What did they say?</source>
        <translation>ماذا قال العميل؟</translation>
    </message>
    <message>
        <source>What did they buy?</source>
        <translation>ماذا اشترى العميل؟</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>ما قيل أو ما تم الاتفاق عليه</translation>
    </message>
</context>
<context>
    <name>Interactions</name>
    <message>
        <source>The time is in the future.</source>
        <translation>الوقت في المستقبل.</translation>
    </message>
    <message>
        <source>Choose a satisfaction score from 1 to 5.</source>
        <translation>اختر درجة رضا من 1 إلى 5.</translation>
    </message>
    <message>
        <source>Only feedback carries a satisfaction score.</source>
        <translation>درجة الرضا تُسجَّل مع رأي العميل فقط.</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>صِف الشكوى.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>هذا العميل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>هذه الشكوى لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This complaint is already resolved.</source>
        <translation>هذه الشكوى محلولة بالفعل.</translation>
    </message>
</context>
<context>
    <name>InvoiceCommand</name>
    <message>
        <source>Wrote {path}</source>
        <translation>كُتب الملف {path}</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <source>Simplified tax invoice</source>
        <translation>فاتورة ضريبية مبسطة</translation>
    </message>
    <message>
        <source>Tax invoice</source>
        <translation>فاتورة ضريبية</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>Invoice number: {number}</source>
        <translation>رقم الفاتورة: {number}</translation>
    </message>
    <message>
        <source>Credit note number: {number}</source>
        <translation>رقم الإشعار: {number}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>التاريخ: {date}</translation>
    </message>
    <message>
        <source>Hijri date: {date}</source>
        <translation>التاريخ الهجري: {date}</translation>
    </message>
    <message>
        <source>Corrects invoice {number}</source>
        <translation>تصحيح للفاتورة {number}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>Phone: {phone}</source>
        <translation>الهاتف: {phone}</translation>
    </message>
    <message>
        <source>VAT number: {number}</source>
        <translation>الرقم الضريبي: {number}</translation>
    </message>
    <message>
        <source>Email: {email}</source>
        <translation>البريد الإلكتروني: {email}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Currency: {currency}</source>
        <translation>العملة: {currency}</translation>
    </message>
    <message>
        <source>Unit prices include VAT.</source>
        <translation>أسعار الوحدات شاملة ضريبة القيمة المضافة.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>م</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>نسبة الضريبة</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>مبلغ الضريبة</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Total discount</source>
        <translation>إجمالي الخصم</translation>
    </message>
    <message>
        <source>Total before VAT</source>
        <translation>الإجمالي قبل الضريبة</translation>
    </message>
    <message>
        <source>VAT {rate}</source>
        <translation>ضريبة القيمة المضافة {rate}</translation>
    </message>
    <message>
        <source>Total with VAT</source>
        <translation>الإجمالي شامل الضريبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Amount in words: {words}</source>
        <translation>المبلغ كتابةً: {words}</translation>
    </message>
    <message>
        <source>Terms and conditions</source>
        <translation>الشروط والأحكام</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Price correction</source>
        <translation>تصحيح السعر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفاة</translation>
    </message>
    <message>
        <source>Zero-rated supplies {rate}</source>
        <translation>التوريدات الخاضعة للنسبة الصفرية {rate}</translation>
    </message>
    <message>
        <source>Exempt supplies</source>
        <translation>التوريدات المعفاة</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Less credit notes</source>
        <translation>يخصم بإشعارات دائنة</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>المتبقي للسداد</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>مدفوعة بالكامل</translation>
    </message>
    <message>
        <source>Owed back to you</source>
        <translation>مبلغ نعيده إليكم</translation>
    </message>
</context>
<context>
    <name>InvoiceViewDialog</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Corrects invoice</source>
        <translation>يصحح الفاتورة</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>سعر الوحدة</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Before VAT</source>
        <translation>قبل الضريبة</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>المُشعَر به</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>المدفوع</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>لا توجد دفعات بعد.</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>الإشعارات الدائنة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>تسجيل دفعة…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>إشعار دائن…</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>فتح العميل</translation>
    </message>
    <message>
        <source>Open corrected invoice</source>
        <translation>فتح الفاتورة المصحَّحة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>تسجيل مبلغ مُعاد…</translation>
    </message>
    <message>
        <source>{description} (price correction)</source>
        <translation>{description} (تصحيح السعر)</translation>
    </message>
</context>
<context>
    <name>IssuedPage</name>
    <message>
        <source>See the whole document</source>
        <translation>عرض المستند كاملًا</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>فتح في العارض</translation>
    </message>
    <message>
        <source>Open in the PC&apos;s own PDF viewer</source>
        <translation>فتح في عارض ملفات PDF على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message>
        <source>Print welcome kit</source>
        <translation>طباعة الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>The kit for a new customer: a welcome, what was agreed, the invoice, how to reach you</source>
        <translation>حقيبة العميل الجديد: ترحيب، وما اتُّفق عليه، والفاتورة، وطرق التواصل معكم</translation>
    </message>
</context>
<context>
    <name>Kit</name>
    <message numerus="yes">
        <source>%n customers have the phone number {phone}; give the customer&apos;s number in the book instead.</source>
        <translation>
            <numerusform>لا يوجد عملاء برقم الهاتف {phone}.</numerusform>
            <numerusform>عميل واحد لديه رقم الهاتف {phone}؛ استخدم رقم العميل في الدفتر بدلاً منه.</numerusform>
            <numerusform>عميلان لديهما رقم الهاتف {phone}؛ استخدم رقم العميل في الدفتر بدلاً منه.</numerusform>
            <numerusform>%n عملاء لديهم رقم الهاتف {phone}؛ استخدم رقم العميل في الدفتر بدلاً منه.</numerusform>
            <numerusform>%n عميلاً لديهم رقم الهاتف {phone}؛ استخدم رقم العميل في الدفتر بدلاً منه.</numerusform>
            <numerusform>%n عميل لديهم رقم الهاتف {phone}؛ استخدم رقم العميل في الدفتر بدلاً منه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The heading of “{section}” is longer than %n characters.</source>
        <translation>
            <numerusform>عنوان قسم «{section}» أطول من %n حرف.</numerusform>
            <numerusform>عنوان قسم «{section}» أطول من حرف واحد.</numerusform>
            <numerusform>عنوان قسم «{section}» أطول من حرفين.</numerusform>
            <numerusform>عنوان قسم «{section}» أطول من %n أحرف.</numerusform>
            <numerusform>عنوان قسم «{section}» أطول من %n حرفاً.</numerusform>
            <numerusform>عنوان قسم «{section}» أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of “{section}” is longer than %n characters.</source>
        <translation>
            <numerusform>نص قسم «{section}» أطول من %n حرف.</numerusform>
            <numerusform>نص قسم «{section}» أطول من حرف واحد.</numerusform>
            <numerusform>نص قسم «{section}» أطول من حرفين.</numerusform>
            <numerusform>نص قسم «{section}» أطول من %n أحرف.</numerusform>
            <numerusform>نص قسم «{section}» أطول من %n حرفاً.</numerusform>
            <numerusform>نص قسم «{section}» أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>الترحيب</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>ما اتُّفق عليه</translation>
    </message>
    <message>
        <source>How billing works</source>
        <translation>الفواتير والسداد</translation>
    </message>
    <message>
        <source>Invoice copy</source>
        <translation>نسخة الفاتورة</translation>
    </message>
    <message>
        <source>What we need from the customer</source>
        <translation>ما نحتاجه من العميل</translation>
    </message>
    <message>
        <source>Getting the most out of it</source>
        <translation>الاستفادة القصوى</translation>
    </message>
    <message>
        <source>How to contact us</source>
        <translation>طرق التواصل معنا</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>الخطوات القادمة</translation>
    </message>
    <message>
        <source>“{section}” names {placeholder}, which the kit does not know. Choose one from Insert placeholder, or remove it.</source>
        <translation>يذكر قسم «{section}» الحقل {placeholder}، وهو حقل غير معروف في الحقيبة. اختر حقلاً من «إدراج حقل» أو احذفه.</translation>
    </message>
    <message>
        <source>Give “{section}” a heading.</source>
        <translation>اكتب عنواناً لقسم «{section}».</translation>
    </message>
    <message>
        <source>This invoice is not one of the customer&apos;s.</source>
        <translation>هذه الفاتورة ليست من فواتير هذا العميل.</translation>
    </message>
    <message>
        <source>The customer has no purchase yet: the kit has no invoice, and says so.</source>
        <translation>لا توجد مشتريات لهذا العميل بعد: طُبعت الحقيبة دون فاتورة، مع ملاحظة بذلك.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>هذه الفاتورة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This kit was printed by a newer version of the program and cannot be reprinted here.</source>
        <translation>طُبعت هذه الحقيبة بإصدار أحدث من البرنامج، ولا يمكن إعادة طباعتها هنا.</translation>
    </message>
    <message>
        <source>This kit is no longer in the book.</source>
        <translation>هذه الحقيبة لم تعد مسجلة في الدفتر.</translation>
    </message>
    <message>
        <source>No customer has the number or phone number {value}.</source>
        <translation>لا يوجد عميل بالرقم أو رقم الهاتف {value}.</translation>
    </message>
    <message>
        <source>There are no customers to print a kit for.</source>
        <translation>لا يوجد عملاء لطباعة حقيبة لهم.</translation>
    </message>
</context>
<context>
    <name>KitCommand</name>
    <message numerus="yes">
        <source>Wrote %n kits.</source>
        <translation>
            <numerusform>لم تُكتب أي حقيبة.</numerusform>
            <numerusform>كُتبت حقيبة واحدة.</numerusform>
            <numerusform>كُتبت حقيبتان.</numerusform>
            <numerusform>كُتبت %n حقائب.</numerusform>
            <numerusform>كُتبت %n حقيبة.</numerusform>
            <numerusform>كُتبت %n حقيبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out-dir goes with --new-since; for one customer, give --out FILE.pdf.</source>
        <translation>الخيار ‎--out-dir‎ يُستخدم مع ‎--new-since‎؛ ولعميل واحد استخدم ‎--out‎ الملف.pdf.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>كُتب الملف {path}</translation>
    </message>
    <message>
        <source>--out goes with --customer; for new customers, give --out-dir DIR.</source>
        <translation>الخيار ‎--out‎ يُستخدم مع ‎--customer‎؛ وللعملاء الجدد استخدم ‎--out-dir‎ المجلد.</translation>
    </message>
    <message>
        <source>Give the folder for the kits: --out-dir DIR.</source>
        <translation>حدد مجلد الحقائب: ‎--out-dir‎ المجلد.</translation>
    </message>
    <message>
        <source>“{value}” is not a date the program can use. Write it as YYYY-MM-DD, for example {example}.</source>
        <translation>«{value}» ليس تاريخاً يقبله البرنامج. اكتبه بالصيغة YYYY-MM-DD، مثال: {example}.</translation>
    </message>
    <message>
        <source>No customer made a first purchase on {day} or later.</source>
        <translation>لم يشترِ أي عميل لأول مرة في {day} أو بعده.</translation>
    </message>
    <message>
        <source>Writing kits: {done} of {total}</source>
        <translation>جارٍ كتابة الحقائب: {done} من {total}</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>Customer&apos;s name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Greeting with the name (Dear Sara, Dear Ahmed)</source>
        <translation>التحية مع الاسم (عزيزتي سارة، عزيزي أحمد)</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <source>Shop&apos;s phone</source>
        <translation>هاتف المتجر</translation>
    </message>
    <message>
        <source>Shop&apos;s WhatsApp number</source>
        <translation>رقم واتساب المتجر</translation>
    </message>
    <message>
        <source>Shop&apos;s address</source>
        <translation>عنوان المتجر</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>رقم الفاتورة</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>تاريخ الفاتورة</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>إجمالي الفاتورة</translation>
    </message>
    <message>
        <source>Amount still due</source>
        <translation>المبلغ المتبقي</translation>
    </message>
    <message>
        <source>First renewal date</source>
        <translation>تاريخ أول تجديد</translation>
    </message>
    <message>
        <source>Date of the first follow-up</source>
        <translation>تاريخ أول متابعة</translation>
    </message>
    <message>
        <source>Date the kit is printed</source>
        <translation>تاريخ طباعة الحقيبة</translation>
    </message>
</context>
<context>
    <name>KitEditorDialog</name>
    <message>
        <source>Welcome kit</source>
        <translation>الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>Ticked sections are printed, in this order. The cover is always printed.</source>
        <translation>تُطبع الأقسام المحددة بهذا الترتيب، والغلاف يُطبع دائماً.</translation>
    </message>
    <message>
        <source>Language of the kit</source>
        <translation>لغة الحقيبة</translation>
    </message>
    <message>
        <source>Use the program&apos;s texts</source>
        <translation>استعادة نصوص البرنامج</translation>
    </message>
    <message>
        <source>Put back the texts the program ships, for this language (saved with Save)</source>
        <translation>إعادة النصوص التي يأتي بها البرنامج لهذه اللغة (تُحفظ عند الحفظ)</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>إدراج حقل</translation>
    </message>
    <message>
        <source>Words in braces are filled in for each customer. A line that names something the customer&apos;s kit does not have (no renewal date, no follow-up booked) is left out. A line that starts with • is printed as a list.</source>
        <translation>الكلمات بين القوسين تُملأ لكل عميل. السطر الذي يذكر ما لا يتوفر في حقيبة العميل (لا تاريخ تجديد، لا متابعة محددة) لا يُطبع. والسطر الذي يبدأ بـ • يُطبع نقطةً في قائمة.</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>As it prints</source>
        <translation>كما ستُطبع</translation>
    </message>
    <message>
        <source>Save the welcome kit</source>
        <translation>حفظ الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>The first pages of the kit of {customer}, as it would print now.</source>
        <translation>الصفحات الأولى من حقيبة {customer} كما ستُطبع الآن.</translation>
    </message>
</context>
<context>
    <name>KitPlaceholders</name>
    <message>
        <source>customer_name</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>اسم_العميل</translation>
    </message>
    <message>
        <source>greeting</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>التحية</translation>
    </message>
    <message>
        <source>shop_name</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>اسم_المتجر</translation>
    </message>
    <message>
        <source>shop_phone</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>هاتف_المتجر</translation>
    </message>
    <message>
        <source>shop_whatsapp</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>واتساب_المتجر</translation>
    </message>
    <message>
        <source>shop_address</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>عنوان_المتجر</translation>
    </message>
    <message>
        <source>opening_hours</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>ساعات_العمل</translation>
    </message>
    <message>
        <source>invoice_number</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>رقم_الفاتورة</translation>
    </message>
    <message>
        <source>invoice_date</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>تاريخ_الفاتورة</translation>
    </message>
    <message>
        <source>invoice_total</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>إجمالي_الفاتورة</translation>
    </message>
    <message>
        <source>amount_due</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>المبلغ_المتبقي</translation>
    </message>
    <message>
        <source>renewal_date</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>تاريخ_التجديد</translation>
    </message>
    <message>
        <source>first_follow_up_date</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>تاريخ_أول_متابعة</translation>
    </message>
    <message>
        <source>today</source>
        <comment>welcome kit placeholder: words joined by _</comment>
        <translation>تاريخ_اليوم</translation>
    </message>
</context>
<context>
    <name>KitPrinting</name>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Welcome kit</source>
        <translation>الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>Print welcome kit</source>
        <translation>طباعة الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>Reprint welcome kit</source>
        <translation>إعادة طباعة الحقيبة الترحيبية</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Prospect</source>
        <translation>عميل محتمل</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>معرض للفقد</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>منقطع</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>مُستعاد</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Walked in</source>
        <translation>زيارة المحل</translation>
    </message>
    <message>
        <source>Referred by a customer</source>
        <translation>ترشيح من عميل</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Online search or maps</source>
        <translation>البحث على الإنترنت أو الخرائط</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>Event or exhibition</source>
        <translation>فعالية أو معرض</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>منشأة</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>جوال</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>هاتف ثابت</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>هاتف</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>معاودة الاتصال</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>غير مهتم</translation>
    </message>
    <message>
        <source>Purchase note</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>رأي العميل</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Standard rate</source>
        <translation>النسبة الأساسية</translation>
    </message>
    <message>
        <source>Zero-rated</source>
        <translation>خاضع بنسبة صفر</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>معفى</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>نقدًا</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>بطاقة</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>غير مدفوعة</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>مدفوعة جزئيًا</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>مدفوعة</translation>
    </message>
    <message>
        <source>Credited in full</source>
        <translation>أُلغيت بإشعار دائن</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>مستحق للعميل</translation>
    </message>
    <message>
        <source>{status}: {due} due</source>
        <translation>{status}: مستحق {due}</translation>
    </message>
    <message>
        <source>{status}: {amount}</source>
        <translation>{status}: {amount}</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>فاتورة</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>إشعار دائن</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>كل شهر</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يوم</numerusform>
            <numerusform>كل يومين</numerusform>
            <numerusform>كل %n أيام</numerusform>
            <numerusform>كل %n يومًا</numerusform>
            <numerusform>كل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n weeks</source>
        <translation>
            <numerusform>كل أسبوع</numerusform>
            <numerusform>كل أسبوع</numerusform>
            <numerusform>كل أسبوعين</numerusform>
            <numerusform>كل %n أسابيع</numerusform>
            <numerusform>كل %n أسبوعًا</numerusform>
            <numerusform>كل %n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>كل شهر</numerusform>
            <numerusform>كل شهر</numerusform>
            <numerusform>كل شهرين</numerusform>
            <numerusform>كل %n أشهر</numerusform>
            <numerusform>كل %n شهرًا</numerusform>
            <numerusform>كل %n شهر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <comment>a unit after a number shown beside it</comment>
        <translation>
            <numerusform>يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>أيام</numerusform>
            <numerusform>يومًا</numerusform>
            <numerusform>يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <comment>a unit after a number shown beside it</comment>
        <translation>
            <numerusform>أسبوع</numerusform>
            <numerusform>أسبوع</numerusform>
            <numerusform>أسبوع</numerusform>
            <numerusform>أسابيع</numerusform>
            <numerusform>أسبوعًا</numerusform>
            <numerusform>أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <comment>a unit after a number shown beside it</comment>
        <translation>
            <numerusform>شهر</numerusform>
            <numerusform>شهر</numerusform>
            <numerusform>شهر</numerusform>
            <numerusform>أشهر</numerusform>
            <numerusform>شهرًا</numerusform>
            <numerusform>شهر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LapsedModel</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <source>Quiet for</source>
        <translation>منقطع منذ</translation>
    </message>
    <message>
        <source>Usually every</source>
        <translation>يشتري عادةً كل</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <source>Bought once: no usual interval yet. Lapsed after the period set in Settings → Lost customers.</source>
        <translation>اشترى مرة واحدة: لا مدة معتادة بعد. يُعدّ منقطعًا بعد المدة المحددة في الإعدادات ← العملاء المفقودون.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>اكتب %n حرف على الأكثر.</numerusform>
            <numerusform>اكتب حرفًا واحدًا على الأكثر.</numerusform>
            <numerusform>اكتب حرفين على الأكثر.</numerusform>
            <numerusform>اكتب %n أحرف على الأكثر.</numerusform>
            <numerusform>اكتب %n حرفًا على الأكثر.</numerusform>
            <numerusform>اكتب %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>اكتب السبب.</translation>
    </message>
    <message>
        <source>There is already a reason called “{name}”.</source>
        <translation>يوجد سبب باسم «{name}» بالفعل.</translation>
    </message>
    <message>
        <source>This reason no longer exists.</source>
        <translation>هذا السبب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Marked lost: {reason}.</source>
        <translation>سُجِّل عميلًا مفقودًا: {reason}.</translation>
    </message>
    <message>
        <source>This customer is already marked lost.</source>
        <translation>هذا العميل مسجَّل مفقودًا بالفعل.</translation>
    </message>
    <message>
        <source>Choose a reason from the list.</source>
        <translation>اختر سببًا من القائمة.</translation>
    </message>
    <message>
        <source>This customer is not marked lost, so there is nothing to restore.</source>
        <translation>هذا العميل غير مسجَّل مفقودًا، فلا يوجد ما يُستعاد.</translation>
    </message>
    <message>
        <source>Won back.</source>
        <translation>استُعيد العميل.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>LossReasons</name>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Quality of service</source>
        <translation>جودة الخدمة</translation>
    </message>
    <message>
        <source>Cleanliness and hygiene</source>
        <translation>النظافة والتعقيم</translation>
    </message>
    <message>
        <source>Slow service</source>
        <translation>بطء الخدمة</translation>
    </message>
    <message>
        <source>An unpleasant incident</source>
        <translation>موقف مزعج</translation>
    </message>
    <message>
        <source>A competitor&apos;s offer</source>
        <translation>عرض من منافس</translation>
    </message>
    <message>
        <source>Offers only for new customers</source>
        <translation>العروض للعملاء الجدد فقط</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>انتقل من المنطقة</translation>
    </message>
    <message>
        <source>No longer needs it</source>
        <translation>لم يعد بحاجة إليها</translation>
    </message>
    <message>
        <source>Lost touch</source>
        <translation>انقطع التواصل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سبب آخر</translation>
    </message>
</context>
<context>
    <name>LossSettingsPage</name>
    <message numerus="yes">
        <source> days</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>A customer who bought more than once is lapsed when quiet for three times their usual interval (at least 30 days); one who bought once, after this period.</source>
        <translation>يُعدّ العميل الذي اشترى أكثر من مرة منقطعًا إذا غاب ثلاثة أضعاف المدة المعتادة بين مشترياته (30 يومًا على الأقل)، ومن اشترى مرة واحدة بعد هذه المدة.</translation>
    </message>
    <message>
        <source>Show the reasons taken off the list</source>
        <translation>عرض الأسباب المحذوفة من القائمة</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Take off the list</source>
        <translation>حذف من القائمة</translation>
    </message>
    <message>
        <source>Put back on the list</source>
        <translation>إعادة إلى القائمة</translation>
    </message>
    <message>
        <source>Changes to the list are saved at once. A reason already given to a customer is kept with them when it is taken off the list.</source>
        <translation>تُحفظ تغييرات القائمة فورًا. والسبب المسجَّل لعميل يبقى معه وإن حُذف من القائمة.</translation>
    </message>
    <message>
        <source>One-off buyers are lapsed after</source>
        <translation>يُعدّ من اشترى مرة واحدة منقطعًا بعد</translation>
    </message>
    <message>
        <source>Why customers leave</source>
        <translation>أسباب مغادرة العملاء</translation>
    </message>
    <message>
        <source>{name} (off the list)</source>
        <translation>{name} (محذوف من القائمة)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>إضافة سبب</translation>
    </message>
    <message>
        <source>Rename the reason</source>
        <translation>إعادة تسمية السبب</translation>
    </message>
</context>
<context>
    <name>LostList</name>
    <message>
        <source>Customers you marked lost, with the reason you recorded. A purchase wins one back by itself; if they come back without buying, say so here.</source>
        <translation>العملاء الذين سجّلتهم مفقودين، مع السبب الذي سجّلته. يستعيد الشراءُ العميلَ من تلقاء نفسه؛ وإن عاد دون أن يشتري فسجّل ذلك هنا.</translation>
    </message>
    <message>
        <source>No customer is marked lost.</source>
        <translation>لا يوجد عميل مسجّل مفقودًا.</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>فتح البطاقة</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>استعادة العميل</translation>
    </message>
    <message>
        <source>They came back: the customer leaves this list and keeps their history.</source>
        <translation>عاد العميل: يخرج من هذه القائمة ويبقى سجلّه كما هو.</translation>
    </message>
    <message numerus="yes">
        <source>%n lost customers</source>
        <translation>
            <numerusform>لا يوجد عملاء مفقودون</numerusform>
            <numerusform>عميل مفقود واحد</numerusform>
            <numerusform>عميلان مفقودان</numerusform>
            <numerusform>%n عملاء مفقودين</numerusform>
            <numerusform>%n عميلًا مفقودًا</numerusform>
            <numerusform>%n عميل مفقود</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LostModel</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Why they left</source>
        <translation>سبب المغادرة</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>تاريخ الفقد</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>آخر شراء</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>الإنفاق</translation>
    </message>
</context>
<context>
    <name>LostPage</name>
    <message>
        <source>Lost customers</source>
        <translation>العملاء المفقودون</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>المنقطعون</translation>
    </message>
    <message>
        <source>Marked lost</source>
        <translation>المفقودون</translation>
    </message>
    <message>
        <source>Why they left</source>
        <translation>أسباب المغادرة</translation>
    </message>
    <message>
        <source>Customers who used to buy and have been quiet for much longer than usual. Call them to learn why, and record the reason.</source>
        <translation>عملاء اعتادوا الشراء ثم انقطعوا مدةً أطول بكثير من عادتهم. اتصل بهم لتعرف السبب، ثم سجِّله.</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>فتح البطاقة</translation>
    </message>
    <message>
        <source>Log a call…</source>
        <translation>تسجيل مكالمة…</translation>
    </message>
    <message>
        <source>Record why they left…</source>
        <translation>تسجيل سبب المغادرة…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Won back since</source>
        <translation>استُعيد منذئذٍ</translation>
    </message>
    <message>
        <source>What they had spent</source>
        <translation>ما أنفقوه</translation>
    </message>
    <message>
        <source>By reason</source>
        <translation>حسب السبب</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>شهرًا بشهر</translation>
    </message>
    <message>
        <source>Loss report</source>
        <translation>تقرير العملاء المفقودين</translation>
    </message>
    <message numerus="yes">
        <source>%n customers lost in this period</source>
        <translation>
            <numerusform>لم يُفقد أي عميل في هذه الفترة</numerusform>
            <numerusform>عميل واحد مفقود في هذه الفترة</numerusform>
            <numerusform>عميلان مفقودان في هذه الفترة</numerusform>
            <numerusform>%n عملاء مفقودون في هذه الفترة</numerusform>
            <numerusform>%n عميلًا مفقودًا في هذه الفترة</numerusform>
            <numerusform>%n عميل مفقود في هذه الفترة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n won back since</source>
        <translation>
            <numerusform>لم يُستعد أحد منذئذٍ</numerusform>
            <numerusform>استُعيد واحد منذئذٍ</numerusform>
            <numerusform>استُعيد اثنان منذئذٍ</numerusform>
            <numerusform>استُعيد %n منذئذٍ</numerusform>
            <numerusform>استُعيد %n منذئذٍ</numerusform>
            <numerusform>استُعيد %n منذئذٍ</numerusform>
        </translation>
    </message>
    <message>
        <source>they had spent {amount}</source>
        <translation>وكانوا قد أنفقوا {amount}</translation>
    </message>
    <message>
        <source>No customer was marked lost in this period.</source>
        <translation>لم يُسجَّل أي عميل مفقودًا في هذه الفترة.</translation>
    </message>
    <message>
        <source>Lost customers {start} to {end}.pdf</source>
        <translation>العملاء المفقودون {start} إلى {end}.pdf</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ كملف PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>حُفظ في {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n lapsed customers</source>
        <translation>
            <numerusform>لا يوجد عملاء منقطعون</numerusform>
            <numerusform>عميل منقطع واحد</numerusform>
            <numerusform>عميلان منقطعان</numerusform>
            <numerusform>%n عملاء منقطعين</numerusform>
            <numerusform>%n عميلًا منقطعًا</numerusform>
            <numerusform>%n عميل منقطع</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Retention Desktop</source>
        <translation>الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Retention Desktop — {name}</source>
        <translation>الاحتفاظ بالعملاء — {name}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>العملاء المفقودون</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>الحملات</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>المفقودون</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Schedule follow-up…</source>
        <translation>&amp;جدولة متابعة…</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>عميل &amp;جديد</translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation>&amp;بحث عن عميل</translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation>&amp;تعديل العميل</translation>
    </message>
    <message>
        <source>&amp;Archive customer</source>
        <translation>&amp;أرشفة العميل</translation>
    </message>
    <message>
        <source>&amp;Undo archive</source>
        <translation>ت&amp;راجع عن الأرشفة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;About Retention Desktop</source>
        <translation>&amp;حول البرنامج</translation>
    </message>
    <message>
        <source>Sales &amp;list</source>
        <translation>&amp;قائمة المبيعات</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>&amp;فاتورة جديدة…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>قائمة المنتجات و&amp;الخدمات…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>ال&amp;عملاء</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups</source>
        <translation>الم&amp;تابعات</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;المبيعات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Import customers…</source>
        <translation>استيراد العملاء…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Follow-up scheduled.</source>
        <translation>جُدولت المتابعة.</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>قواعد المتابعة</translation>
    </message>
    <message>
        <source>The follow-up rules could not run: {reason}</source>
        <translation>تعذر تشغيل قواعد المتابعة: {reason}</translation>
    </message>
    <message>
        <source>The follow-up rules met an unexpected problem and will try again later. The details were written to the log.</source>
        <translation>واجهت قواعد المتابعة مشكلة غير متوقعة، وستُعاد المحاولة لاحقًا. كُتبت التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>Customer archived. Press Undo (Ctrl+Z) to bring them back.</source>
        <translation>أُرشف العميل. اضغط «تراجع» (Ctrl+Z) لإعادته.</translation>
    </message>
    <message>
        <source>Undo archive</source>
        <translation>التراجع عن الأرشفة</translation>
    </message>
    <message>
        <source>The customer is back in the book.</source>
        <translation>عاد العميل إلى الدفتر.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language is used from the next start. Restart now?</source>
        <translation>ستُستخدم اللغة الجديدة من التشغيل القادم. هل تريد إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <source>About Retention Desktop</source>
        <translation>حول برنامج الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Retention Desktop {version}&lt;/h3&gt;&lt;p&gt;Keep the customers you already have.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;الاحتفاظ بالعملاء {version}&lt;/h3&gt;&lt;p&gt;حافظ على العملاء الذين لديك.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The customer book open in this window:</source>
        <translation>دفتر العملاء المفتوح في هذه النافذة:</translation>
    </message>
</context>
<context>
    <name>MarkLostDialog</name>
    <message>
        <source>Mark lost</source>
        <translation>تسجيل كمفقود</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>اختر السبب</translation>
    </message>
    <message>
        <source>What they said, in their words, and what might bring them back</source>
        <translation>ما قاله العميل بكلماته، وما قد يعيده إلينا</translation>
    </message>
    <message>
        <source>The customer stays in the book with their history. Their open follow-ups come off the list, except a campaign&apos;s; “Won back” on their card brings the customer back, with those still to come.</source>
        <translation>يبقى العميل في الدفتر بسجلّه كاملًا. وتُرفع متابعاته المفتوحة من القائمة، إلا متابعات الحملات؛ و«استعادة العميل» في بطاقته تعيده، ومعه ما لم يحن موعده منها.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Choose why the customer left.</source>
        <translation>اختر سبب مغادرة العميل.</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message to {name}</source>
        <translation>رسالة إلى {name}</translation>
    </message>
    <message>
        <source>{name} has no mobile number: copy the text and send it another way.</source>
        <translation>ليس لدى {name} رقم جوال: انسخ النص وأرسله بطريقة أخرى.</translation>
    </message>
    <message>
        <source>Manage templates…</source>
        <translation>إدارة القوالب…</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Send on WhatsApp</source>
        <translation>إرسال عبر واتساب</translation>
    </message>
    <message>
        <source>Opens WhatsApp with the text filled in; you press send there.</source>
        <translation>يفتح واتساب والنص جاهز فيه؛ واضغط «إرسال» هناك.</translation>
    </message>
    <message>
        <source>This customer has no mobile number.</source>
        <translation>لا يوجد رقم جوال لهذا العميل.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copies the text, to paste it into any app.</source>
        <translation>ينسخ النص للصقه في أي تطبيق.</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>بدون قالب</translation>
    </message>
    <message>
        <source>The shop&apos;s name is not set: enter it in Settings, or replace {shop} in the text.</source>
        <translation>اسم المحل غير محدد: أدخله في الإعدادات، أو استبدل {shop} في النص.</translation>
    </message>
    <message>
        <source>Check the text: {placeholders} will be sent as it is.</source>
        <translation>راجع النص: سيُرسَل {placeholders} كما هو.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>اكتب الرسالة أولًا.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>WhatsApp could not be opened, so the message was copied. Paste it into WhatsApp yourself.</source>
        <translation>تعذر فتح واتساب، لذلك نُسخت الرسالة. الصقها في واتساب بنفسك.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>أدخل مبلغًا.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount. Type digits, for example 1,150.50.</source>
        <translation>«{text}» ليس مبلغًا. اكتب أرقامًا، مثل 1,150.50.</translation>
    </message>
    <message>
        <source>This currency has no decimals. Type a whole amount.</source>
        <translation>هذه العملة بلا كسور. اكتب مبلغًا صحيحًا.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <source>The currency “{code}” is not one this program knows. Choose one of: {known}.</source>
        <translation>العملة «{code}» غير معروفة للبرنامج. اختر إحدى العملات: {known}.</translation>
    </message>
    <message>
        <source>Amounts cannot be shown in the language “{locale}”.</source>
        <translation>لا يمكن عرض المبالغ باللغة «{locale}».</translation>
    </message>
    <message>
        <source>This is not a number.</source>
        <translation>هذا ليس رقمًا.</translation>
    </message>
    <message numerus="yes">
        <source>Type at most %n digits after the decimal point.</source>
        <translation>
            <numerusform>اكتب المبلغ بلا منازل عشرية.</numerusform>
            <numerusform>اكتب منزلة عشرية واحدة على الأكثر.</numerusform>
            <numerusform>اكتب منزلتين عشريتين على الأكثر.</numerusform>
            <numerusform>اكتب %n منازل عشرية على الأكثر.</numerusform>
            <numerusform>اكتب %n منزلةً عشرية على الأكثر.</numerusform>
            <numerusform>اكتب %n منزلة عشرية على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the percentage before the % sign, for example 10%.</source>
        <translation>اكتب النسبة قبل علامة %، مثال: 10%.</translation>
    </message>
    <message>
        <source>A percentage discount is from 0 to 100 %.</source>
        <translation>الخصم بالنسبة المئوية من 0 إلى 100%.</translation>
    </message>
    <message>
        <source>Type the percentage with at most two decimals.</source>
        <translation>اكتب النسبة بمنزلتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>This amount is too large. Amounts go up to {largest}.</source>
        <translation>هذا المبلغ كبير جدًا. أكبر مبلغ مقبول هو {largest}.</translation>
    </message>
    <message>
        <source>Describe what was sold on this line.</source>
        <translation>صف ما بيع في هذا السطر.</translation>
    </message>
    <message>
        <source>Enter the quantity returned as a number above zero; the credit note subtracts it.</source>
        <translation>أدخل الكمية المرتجعة رقمًا أكبر من صفر؛ إشعار الدائن يطرحها.</translation>
    </message>
    <message>
        <source>The quantity cannot be negative. To take something back, issue a credit note.</source>
        <translation>لا يمكن أن تكون الكمية سالبة. لاسترجاع شيء أصدر إشعارًا دائنًا.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>The quantity can be at most {largest}.</source>
        <translation>لا يمكن أن تزيد الكمية على {largest}.</translation>
    </message>
    <message>
        <source>The unit price cannot be negative.</source>
        <translation>لا يمكن أن يكون سعر الوحدة سالبًا.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %, not {rate} %.</source>
        <translation>يجب أن تكون نسبة ضريبة القيمة المضافة بين 0 و100 %، لا {rate} %.</translation>
    </message>
    <message>
        <source>The discount cannot be negative.</source>
        <translation>لا يمكن أن يكون الخصم سالبًا.</translation>
    </message>
    <message numerus="yes">
        <source>Type the discount with at most %n digits after the decimal point.</source>
        <translation>
            <numerusform>اكتب الخصم بلا منازل عشرية.</numerusform>
            <numerusform>اكتب الخصم بمنزلة عشرية واحدة على الأكثر.</numerusform>
            <numerusform>اكتب الخصم بمنزلتين عشريتين على الأكثر.</numerusform>
            <numerusform>اكتب الخصم بـ%n منازل عشرية على الأكثر.</numerusform>
            <numerusform>اكتب الخصم بـ%n منزلةً عشرية على الأكثر.</numerusform>
            <numerusform>اكتب الخصم بـ%n منزلة عشرية على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The discount ({discount}) is more than the line amount ({amount}).</source>
        <translation>الخصم ({discount}) أكبر من مبلغ السطر ({amount}).</translation>
    </message>
    <message>
        <source>This line comes to more than {largest}.</source>
        <translation>مبلغ هذا السطر يتجاوز {largest}.</translation>
    </message>
    <message>
        <source>Add at least one line to the invoice.</source>
        <translation>أضف سطرًا واحدًا على الأقل إلى الفاتورة.</translation>
    </message>
    <message>
        <source>The invoice comes to more than {largest}. Split it into several invoices.</source>
        <translation>مبلغ الفاتورة يتجاوز {largest}. قسّمها على عدة فواتير.</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New win-back campaign</source>
        <translation>حملة استعادة جديدة</translation>
    </message>
    <message>
        <source>Then call each customer</source>
        <translation>ثم الاتصال بكل عميل</translation>
    </message>
    <message numerus="yes">
        <source> days after the message</source>
        <translation>
            <numerusform> يوم بعد الرسالة</numerusform>
            <numerusform> يوم بعد الرسالة</numerusform>
            <numerusform> يوم بعد الرسالة</numerusform>
            <numerusform> أيام بعد الرسالة</numerusform>
            <numerusform> يومًا بعد الرسالة</numerusform>
            <numerusform> يوم بعد الرسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>المستهدفون</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>مكالمة متابعة</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>الرسالة الأولى</translation>
    </message>
    <message>
        <source>Window ends</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>A customer who buys from the first message to the end of the window counts as returned.</source>
        <translation>يُحسب العميل عائدًا إذا اشترى من يوم الرسالة الأولى حتى نهاية الفترة.</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
</context>
<context>
    <name>NewCustomersKitsDialog</name>
    <message>
        <source>Welcome kits for new customers</source>
        <translation>الحقائب الترحيبية للعملاء الجدد</translation>
    </message>
    <message>
        <source>Only those without a kit</source>
        <translation>من لم تُطبع لهم حقيبة فقط</translation>
    </message>
    <message>
        <source>First purchase on or after</source>
        <translation>أول شراء في تاريخ أو بعده</translation>
    </message>
    <message>
        <source>One PDF for all</source>
        <translation>ملف PDF واحد للجميع</translation>
    </message>
    <message>
        <source>One PDF per customer</source>
        <translation>ملف PDF لكل عميل</translation>
    </message>
    <message>
        <source>Language of the kits</source>
        <translation>لغة الحقائب</translation>
    </message>
    <message>
        <source>Print selected</source>
        <translation>طباعة المحدد</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>طباعة الكل</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>لا عملاء</numerusform>
            <numerusform>عميل واحد</numerusform>
            <numerusform>عميلان</numerusform>
            <numerusform>%n عملاء</numerusform>
            <numerusform>%n عميلاً</numerusform>
            <numerusform>%n عميل</numerusform>
        </translation>
    </message>
    <message>
        <source>Every new customer since that day has had a welcome kit.</source>
        <translation>طُبعت حقيبة ترحيبية لكل عميل جديد منذ ذلك التاريخ.</translation>
    </message>
    <message>
        <source>No customer made a first purchase since that day.</source>
        <translation>لم يشترِ أي عميل لأول مرة منذ ذلك التاريخ.</translation>
    </message>
    <message>
        <source>welcome-kits-{day}.pdf</source>
        <translation>الحقائب-الترحيبية-{day}.pdf</translation>
    </message>
    <message>
        <source>Save the kits as</source>
        <translation>حفظ الحقائب باسم</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the folder for the kits</source>
        <translation>اختيار مجلد الحقائب</translation>
    </message>
    <message>
        <source>Print welcome kits</source>
        <translation>طباعة الحقائب الترحيبية</translation>
    </message>
    <message>
        <source>Printing the welcome kits…</source>
        <translation>جارٍ طباعة الحقائب الترحيبية…</translation>
    </message>
    <message>
        <source>The kits are in {path}.</source>
        <translation>الحقائب محفوظة في {path}.</translation>
    </message>
    <message numerus="yes">
        <source>%n kits printed into {folder}.</source>
        <translation>
            <numerusform>لم تُطبع أي حقيبة في {folder}.</numerusform>
            <numerusform>طُبعت حقيبة واحدة في {folder}.</numerusform>
            <numerusform>طُبعت حقيبتان في {folder}.</numerusform>
            <numerusform>طُبعت %n حقائب في {folder}.</numerusform>
            <numerusform>طُبعت %n حقيبة في {folder}.</numerusform>
            <numerusform>طُبعت %n حقيبة في {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled: nothing was written.</source>
        <translation>أُلغيت الطباعة، ولم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Printing was cancelled. The kits printed before are kept, each in its own file.</source>
        <translation>أُلغيت الطباعة. الحقائب التي طُبعت قبل الإلغاء محفوظة، كل منها في ملفه.</translation>
    </message>
</context>
<context>
    <name>NewCustomersModel</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>First purchase</source>
        <translation>أول شراء</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>الفاتورة</translation>
    </message>
    <message>
        <source>Welcome kit</source>
        <translation>الحقيبة الترحيبية</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طُبعت</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>لم تُطبع بعد</translation>
    </message>
</context>
<context>
    <name>NewInvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>فاتورة جديدة</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>فتح الإعدادات…</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>الأسعار شاملة الضريبة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>الضريبة</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>إضافة سطر</translation>
    </message>
    <message>
        <source>Before VAT</source>
        <translation>قبل الضريبة</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Printed on the invoice, e.g. delivery on Thursday</source>
        <translation>تُطبع على الفاتورة، مثل: التوصيل يوم الخميس</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>عميل جديد…</translation>
    </message>
    <message>
        <source>A customer who is not in the book yet: add them, then invoice them</source>
        <translation>عميل ليس في الدفتر بعد: أضفه ثم أصدر له الفاتورة</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>إصدار الفاتورة</translation>
    </message>
    <message>
        <source>Paid now</source>
        <translation>مدفوعة الآن</translation>
    </message>
    <message>
        <source>The customer pays at the counter: the payment is recorded with the invoice</source>
        <translation>يدفع العميل عند الصندوق: تُسجَّل الدفعة مع الفاتورة</translation>
    </message>
    <message>
        <source>Open invoice</source>
        <translation>فتح الفاتورة</translation>
    </message>
    <message>
        <source>Unit price
({currency})</source>
        <translation>سعر الوحدة
({currency})</translation>
    </message>
    <message>
        <source>Discount
({currency} or %)</source>
        <translation>الخصم
({currency} أو %)</translation>
    </message>
    <message>
        <source>Line total
({currency})</source>
        <translation>إجمالي السطر
({currency})</translation>
    </message>
    <message>
        <source>An amount off the line (5), or a percentage of it (10%)</source>
        <translation>مبلغ يُخصم من السطر (5)، أو نسبة منه (10%)</translation>
    </message>
    <message>
        <source>The business profile is not filled in yet. Invoices print the shop&apos;s name, address and VAT number: fill them in in the settings before issuing the first invoice.</source>
        <translation>لم يُعبأ ملف النشاط التجاري بعد. تطبع الفواتير اسم المحل وعنوانه ورقمه الضريبي، فعبّئها في الإعدادات قبل إصدار أول فاتورة.</translation>
    </message>
    <message>
        <source>{item} (renews {period})</source>
        <translation>{item} (يتجدد {period})</translation>
    </message>
    <message>
        <source>Typed by hand</source>
        <translation>يُكتب يدويًا</translation>
    </message>
    <message>
        <source>5 or 10%</source>
        <translation>5 أو 10%</translation>
    </message>
    <message>
        <source>Paid {amount} ({method}); {due} still due.</source>
        <translation>دُفع {amount} ({method})، والمتبقي {due}.</translation>
    </message>
    <message>
        <source>Paid {amount} ({method}).</source>
        <translation>دُفع {amount} ({method}).</translation>
    </message>
    <message>
        <source>Remove this line</source>
        <translation>حذف هذا السطر</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>السطر {number}: {problem}</translation>
    </message>
    <message>
        <source>{amount} off this line</source>
        <translation>خصم {amount} من هذا السطر</translation>
    </message>
    <message>
        <source>“{item}” renews {period}: issuing the invoice moves the customer&apos;s renewal date on.</source>
        <translation>«{item}» يتجدد {period}: إصدار الفاتورة يؤجل تاريخ تجديد العميل.</translation>
    </message>
    <message>
        <source>Choose the customer from the list.</source>
        <translation>اختر العميل من القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the note under %n characters.</source>
        <translation>
            <numerusform>اجعل الملاحظة أقل من %n حرف.</numerusform>
            <numerusform>اجعل الملاحظة أقل من حرف واحد.</numerusform>
            <numerusform>اجعل الملاحظة أقل من حرفين.</numerusform>
            <numerusform>اجعل الملاحظة أقل من %n أحرف.</numerusform>
            <numerusform>اجعل الملاحظة أقل من %n حرفًا.</numerusform>
            <numerusform>اجعل الملاحظة أقل من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invoice {number} is issued to {customer}. Total: {total}</source>
        <translation>صدرت الفاتورة {number} للعميل {customer}. الإجمالي: {total}</translation>
    </message>
    <message>
        <source>This is the customer&apos;s first purchase: keep in touch so it is not the last.</source>
        <translation>هذه أول عملية شراء للعميل: ابقَ على تواصل معه كي لا تكون الأخيرة.</translation>
    </message>
    <message>
        <source>Invoice {number}</source>
        <translation>الفاتورة {number}</translation>
    </message>
</context>
<context>
    <name>Occasions</name>
    <message numerus="yes">
        <source>The warm messages start 1 to %n days before the occasion.</source>
        <translation>
            <numerusform>تبدأ رسائل التواصل قبل المناسبة بيوم إلى %n يوم.</numerusform>
            <numerusform>تبدأ رسائل التواصل قبل المناسبة بيوم واحد.</numerusform>
            <numerusform>تبدأ رسائل التواصل قبل المناسبة بيوم إلى يومين.</numerusform>
            <numerusform>تبدأ رسائل التواصل قبل المناسبة بيوم إلى %n أيام.</numerusform>
            <numerusform>تبدأ رسائل التواصل قبل المناسبة بيوم إلى %n يومًا.</numerusform>
            <numerusform>تبدأ رسائل التواصل قبل المناسبة بيوم إلى %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send a warm message every 1 to %n days.</source>
        <translation>
            <numerusform>أرسل رسالة تواصل كل يوم إلى %n يوم.</numerusform>
            <numerusform>أرسل رسالة تواصل كل يوم.</numerusform>
            <numerusform>أرسل رسالة تواصل كل يوم إلى يومين.</numerusform>
            <numerusform>أرسل رسالة تواصل كل يوم إلى %n أيام.</numerusform>
            <numerusform>أرسل رسالة تواصل كل يوم إلى %n يومًا.</numerusform>
            <numerusform>أرسل رسالة تواصل كل يوم إلى %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reminder comes 1 to %n days after the offer.</source>
        <translation>
            <numerusform>يأتي التذكير بعد العرض بيوم إلى %n يوم.</numerusform>
            <numerusform>يأتي التذكير بعد العرض بيوم واحد.</numerusform>
            <numerusform>يأتي التذكير بعد العرض بيوم إلى يومين.</numerusform>
            <numerusform>يأتي التذكير بعد العرض بيوم إلى %n أيام.</numerusform>
            <numerusform>يأتي التذكير بعد العرض بيوم إلى %n يومًا.</numerusform>
            <numerusform>يأتي التذكير بعد العرض بيوم إلى %n يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count purchases up to %n days after the occasion.</source>
        <translation>
            <numerusform>تُحسب المشتريات حتى %n يوم بعد المناسبة.</numerusform>
            <numerusform>تُحسب المشتريات حتى يوم واحد بعد المناسبة.</numerusform>
            <numerusform>تُحسب المشتريات حتى يومين بعد المناسبة.</numerusform>
            <numerusform>تُحسب المشتريات حتى %n أيام بعد المناسبة.</numerusform>
            <numerusform>تُحسب المشتريات حتى %n يومًا بعد المناسبة.</numerusform>
            <numerusform>تُحسب المشتريات حتى %n يوم بعد المناسبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>عيد الفطر</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>عيد الأضحى</translation>
    </message>
    <message>
        <source>Saudi National Day</source>
        <translation>اليوم الوطني السعودي</translation>
    </message>
    <message>
        <source>Founding Day</source>
        <translation>يوم التأسيس</translation>
    </message>
    <message>
        <source>Back to school</source>
        <translation>العودة إلى المدارس</translation>
    </message>
    <message>
        <source>Another occasion</source>
        <translation>مناسبة أخرى</translation>
    </message>
    <message>
        <source>There is no such date: {day}/{month}/{year}.</source>
        <translation>لا يوجد تاريخ كهذا: {day}/{month}/{year}.</translation>
    </message>
    <message>
        <source>The Hijri year {year} is outside the Umm al-Qura calendar this program knows.</source>
        <translation>السنة الهجرية {year} خارج تقويم أم القرى الذي يعرفه البرنامج.</translation>
    </message>
    <message>
        <source>There is no such Hijri date: {day}/{month}/{year}.</source>
        <translation>لا يوجد تاريخ هجري كهذا: {day}/{month}/{year}.</translation>
    </message>
    <message>
        <source>Choose the day of this occasion.</source>
        <translation>اختر يوم هذه المناسبة.</translation>
    </message>
    <message>
        <source>The offer comes after the first warm message and at the latest on the occasion.</source>
        <translation>يأتي العرض بعد أول رسالة تواصل، وفي يوم المناسبة على الأكثر.</translation>
    </message>
    <message>
        <source>Warm message: {name}</source>
        <translation>رسالة تواصل: {name}</translation>
    </message>
    <message>
        <source>Reminder: {name}</source>
        <translation>تذكير: {name}</translation>
    </message>
    <message>
        <source>Write the warm message.</source>
        <translation>اكتب رسالة التواصل.</translation>
    </message>
</context>
<context>
    <name>OfferEdit</name>
    <message>
        <source>Insert:</source>
        <translation>إدراج:</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Dear (by gender)</source>
        <translation>عزيزي / عزيزتي</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>اسم المحل</translation>
    </message>
    <message>
        <source>The day it is sent</source>
        <translation>يوم الإرسال</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record refund for {number}</source>
        <translation>تسجيل مبلغ مُعاد للفاتورة {number}</translation>
    </message>
    <message>
        <source>Record payment for {number}</source>
        <translation>تسجيل دفعة للفاتورة {number}</translation>
    </message>
    <message>
        <source>{customer} · paid {paid} · credited {credited} · owed back {owed}</source>
        <translation>{customer} · المدفوع {paid} · المُشعَر به {credited} · المستحق للعميل {owed}</translation>
    </message>
    <message>
        <source>{customer} · total {total} · paid {paid} · still due {due}</source>
        <translation>{customer} · الإجمالي {total} · المدفوع {paid} · المتبقي {due}</translation>
    </message>
    <message>
        <source>e.g. the card receipt number</source>
        <translation>مثال: رقم إيصال البطاقة</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>المبلغ ({currency})</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاريخ الدفع</translation>
    </message>
    <message>
        <source>Paid back on</source>
        <translation>تاريخ الإعادة</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>طريقة الدفع</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>PhoneList</name>
    <message>
        <source>Add another number</source>
        <translation>إضافة رقم آخر</translation>
    </message>
    <message>
        <source>e.g. 055 123 4567</source>
        <translation>مثال: 055 123 4567</translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation>حذف هذا الرقم</translation>
    </message>
</context>
<context>
    <name>Phones</name>
    <message>
        <source>“{phone}” is not a phone number.</source>
        <translation>«{phone}» ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>“{phone}” is not a valid phone number. Check the digits and the country code.</source>
        <translation>«{phone}» ليس رقم هاتف صحيحًا. تحقق من الأرقام ومن رمز الدولة.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>Try again in %n minutes.</source>
        <translation>
            <numerusform>أعد المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>أعد المحاولة بعد دقيقة واحدة.</numerusform>
            <numerusform>أعد المحاولة بعد دقيقتين.</numerusform>
            <numerusform>أعد المحاولة بعد %n دقائق.</numerusform>
            <numerusform>أعد المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>أعد المحاولة بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n seconds.</source>
        <translation>
            <numerusform>أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>أعد المحاولة بعد ثانية واحدة.</numerusform>
            <numerusform>أعد المحاولة بعد ثانيتين.</numerusform>
            <numerusform>أعد المحاولة بعد %n ثوانٍ.</numerusform>
            <numerusform>أعد المحاولة بعد %n ثانية.</numerusform>
            <numerusform>أعد المحاولة بعد %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs.</source>
        <translation>أُدخلت أرقام سرية خاطئة مرات كثيرة.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>هذا الرقم السري غير صحيح.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>الرقم السري من {low} إلى {high} أرقام.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>الرقم السري للمالك</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <source>This document cannot be shown: it is not a PDF, or the file is damaged.</source>
        <translation>تعذر عرض هذا المستند: ليس ملف PDF، أو أن الملف تالف.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer is installed on this PC. Add one in the system&apos;s printer settings, or use Save as PDF and print the file from another PC.</source>
        <translation>لا توجد طابعة مثبتة على هذا الحاسوب. أضف طابعة من إعدادات الطابعات في النظام، أو احفظ المستند بصيغة PDF واطبعه من حاسوب آخر.</translation>
    </message>
    <message>
        <source>The printer {name} cannot be used now. Check that it is switched on and connected, then try again.</source>
        <translation>تعذر استخدام الطابعة {name} الآن. تأكد أنها مشغّلة ومتصلة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The document could not be printed on {name}. Check the printer, then try again.</source>
        <translation>تعذرت طباعة المستند على {name}. افحص الطابعة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This PC has no program that opens PDF files. Install a PDF viewer, or use Print or Save as PDF.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح ملفات PDF. ثبّت عارضًا لملفات PDF، أو استخدم الطباعة أو الحفظ بصيغة PDF.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Choose the folder for saved documents</source>
        <translation>اختيار مجلد حفظ المستندات</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>جارٍ الطباعة…</translation>
    </message>
    <message>
        <source>Open in viewer</source>
        <translation>فتح في العارض</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A Saudi VAT number has 15 digits and starts and ends with 3.</source>
        <translation>الرقم الضريبي السعودي 15 رقمًا، يبدأ بـ 3 وينتهي بـ 3.</translation>
    </message>
    <message>
        <source>A tax registration number here has 15 digits.</source>
        <translation>رقم التسجيل الضريبي في هذه الدولة 15 رقمًا.</translation>
    </message>
    <message>
        <source>An Egyptian tax registration number has 9 digits.</source>
        <translation>رقم التسجيل الضريبي المصري 9 أرقام.</translation>
    </message>
    <message>
        <source>A VAT number has 5 to 20 letters and digits.</source>
        <translation>الرقم الضريبي من 5 إلى 20 حرفًا ورقمًا.</translation>
    </message>
    <message>
        <source>The logo is larger than 1 MB. Choose a smaller image.</source>
        <translation>الشعار أكبر من 1 ميغابايت. اختر صورة أصغر.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Choose a currency from the list.</source>
        <translation>اختر عملة من القائمة.</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s name, as invoices print it.</source>
        <translation>أدخل اسم المحل كما يُطبع على الفواتير.</translation>
    </message>
    <message>
        <source>The name is too long for the invoice&apos;s QR code. Shorten it.</source>
        <translation>الاسم أطول مما يتسع له رمز QR في الفاتورة. اختصره.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <source>%n won back</source>
        <translation>
            <numerusform>لم يُستعد أحد</numerusform>
            <numerusform>استُعيد واحد</numerusform>
            <numerusform>استُعيد اثنان</numerusform>
            <numerusform>استُعيد %n</numerusform>
            <numerusform>استُعيد %n</numerusform>
            <numerusform>استُعيد %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers lost from {start} to {end}: {total}</source>
        <translation>العملاء المفقودون من {start} إلى {end}: {total}</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>حسب الشهر:</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a start on or before {end}.</source>
        <translation>تبدأ الفترة بعد نهايتها: اختر بداية في {end} أو قبله.</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>A book on a database server is not replaced in place: copy the backup into a new, empty database on the server (main.py --db BACKUP copy-to ADDRESS), then open that one.</source>
        <translation>لا يُستبدل دفتر على خادم قاعدة بيانات في مكانه: انسخ النسخة الاحتياطية إلى قاعدة بيانات جديدة فارغة على الخادم (main.py --db BACKUP copy-to ADDRESS)، ثم افتحها.</translation>
    </message>
    <message>
        <source>This database has an owner&apos;s PIN: give it with --pin.</source>
        <translation>لقاعدة البيانات هذه رقم سري للمالك: أدخله مع الخيار --pin.</translation>
    </message>
    <message>
        <source>Restored {path} from {file}.</source>
        <translation>استُرجعت {path} من {file}.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>حُفظت قاعدة البيانات كما كانت في {path}.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>The database {path} is damaged: part of it cannot be read. Nothing more is saved in it. Restore a backup to go on working: the newest one is chosen below.</source>
        <translation>قاعدة البيانات {path} تالفة: تتعذر قراءة جزء منها، ولن يُحفظ فيها شيء بعد الآن. استرجع نسخة احتياطية لمتابعة العمل، وقد اختيرت أحدثها أدناه.</translation>
    </message>
    <message>
        <source>Choose the backup to bring back. The database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>اختر النسخة الاحتياطية التي تريد استرجاعها. تُنسخ قاعدة البيانات بحالتها الحالية أولًا، فيمكن التراجع عن الاسترجاع نفسه.</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>تُحفظ النسخ الاحتياطية في {folder}</translation>
    </message>
    <message>
        <source>There are no backups of this database in that folder yet.</source>
        <translation>لا توجد نسخ احتياطية لقاعدة البيانات هذه في ذلك المجلد بعد.</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>ملف آخر…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>الاسترجاع من ملف</translation>
    </message>
    <message>
        <source>Replace the database with the backup {which}? What was saved after it is replaced too; the database as it is now is kept as a backup first.</source>
        <translation>هل تستبدل بقاعدة البيانات النسخة الاحتياطية {which}؟ سيُستبدل أيضًا ما حُفظ بعدها، وتُحفظ قاعدة البيانات بحالتها الحالية نسخةً احتياطية أولًا.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>Satisfaction call after the first purchase</source>
        <translation>الاطمئنان على رضا العميل بعد أول شراء</translation>
    </message>
    <message>
        <source>Birthday greeting</source>
        <translation>تهنئة بعيد الميلاد</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>هذا العميل لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Stay in touch</source>
        <translation>تواصل دوري</translation>
    </message>
    <message>
        <source>Renewal is coming up</source>
        <translation>اقترب موعد التجديد</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>بجانب قاعدة البيانات</translation>
    </message>
    <message>
        <source>This PC&apos;s usual folder</source>
        <translation>المجلد المعتاد لهذا الحاسوب</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Check the database…</source>
        <translation>فحص قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Remove the PIN…</source>
        <translation>إزالة الرقم السري…</translation>
    </message>
    <message>
        <source>A backup is made each day the program is first opened, before each update of the program, before each restore and before each import. Choose a folder on another disk or a USB drive to be safe from a failing disk too.</source>
        <translation>تُنشأ نسخة احتياطية عند أول فتح للبرنامج في كل يوم، وقبل كل تحديث للبرنامج، وقبل كل استرجاع وكل استيراد. اختر مجلدًا على قرص آخر أو على ذاكرة USB لتأمن تلف القرص أيضًا.</translation>
    </message>
    <message>
        <source>The book is on a database server. This PC backs it up into a file, a whole book the program can open: each day the program is first opened here, and before each import. Back up now before you install an update of the program. Choose a folder on another disk or a USB drive to be safe from a failing disk too.</source>
        <translation>الدفتر على خادم قاعدة بيانات. يحفظ هذا الحاسوب نسخة احتياطية منه في ملف، دفترًا كاملًا يفتحه البرنامج: كل يوم عند أول فتح للبرنامج هنا، وقبل كل استيراد. اضغط «نسخ احتياطي الآن» قبل تثبيت تحديث للبرنامج. اختر مجلدًا على قرص آخر أو ذاكرة USB لتكون في مأمن من تعطل القرص أيضًا.</translation>
    </message>
    <message>
        <source>Database open</source>
        <translation>قاعدة البيانات المفتوحة</translation>
    </message>
    <message>
        <source>Backups go to</source>
        <translation>مكان النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Owner&apos;s PIN</source>
        <translation>الرقم السري للمالك</translation>
    </message>
    <message>
        <source>{folder} (beside the database)</source>
        <translation>{folder} (بجانب قاعدة البيانات)</translation>
    </message>
    <message>
        <source>{folder} (on this PC)</source>
        <translation>{folder} (على هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>مكان النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>جارٍ النسخ الاحتياطي لقاعدة البيانات…</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>فحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>جارٍ فحص كل صفحات قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Set: asked at start and before a restore.</source>
        <translation>معيَّن: يُطلب عند فتح البرنامج وقبل الاسترجاع.</translation>
    </message>
    <message>
        <source>None: anyone at this PC can open the program.</source>
        <translation>غير معيَّن: يستطيع أي شخص على هذا الجهاز فتح البرنامج.</translation>
    </message>
    <message>
        <source>Change the PIN…</source>
        <translation>تغيير الرقم السري…</translation>
    </message>
    <message>
        <source>Set a PIN…</source>
        <translation>تعيين رقم سري…</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>Enter the name in Arabic.</source>
        <translation>أدخل الاسم بالعربية.</translation>
    </message>
    <message>
        <source>A name has at most 200 characters.</source>
        <translation>الاسم 200 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>لا يمكن أن يكون السعر سالبًا.</translation>
    </message>
    <message>
        <source>Give the renewal period as a number and a unit.</source>
        <translation>اكتب مدة التجديد رقمًا ووحدة.</translation>
    </message>
    <message>
        <source>The renewal period must be from 1 to {limit}.</source>
        <translation>مدة التجديد من 1 إلى {limit}.</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>هذا الصنف لم يعد موجودًا.</translation>
    </message>
    <message numerus="yes">
        <source>An invoice has at most %n lines.</source>
        <translation>
            <numerusform>لا تتسع الفاتورة لأي سطر.</numerusform>
            <numerusform>لا تتسع الفاتورة لأكثر من سطر واحد.</numerusform>
            <numerusform>لا تتسع الفاتورة لأكثر من سطرين.</numerusform>
            <numerusform>لا تتسع الفاتورة لأكثر من %n أسطر.</numerusform>
            <numerusform>لا تتسع الفاتورة لأكثر من %n سطرًا.</numerusform>
            <numerusform>لا تتسع الفاتورة لأكثر من %n سطر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe the line in at most 500 characters.</source>
        <translation>صِف السطر في 500 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Type the quantity with at most three decimals, up to a million.</source>
        <translation>اكتب الكمية بثلاث خانات عشرية على الأكثر، وحتى مليون.</translation>
    </message>
    <message numerus="yes">
        <source>Keep the note under %n characters.</source>
        <translation>
            <numerusform>اجعل الملاحظة أقل من %n حرف.</numerusform>
            <numerusform>اجعل الملاحظة أقل من حرف واحد.</numerusform>
            <numerusform>اجعل الملاحظة أقل من حرفين.</numerusform>
            <numerusform>اجعل الملاحظة أقل من %n أحرف.</numerusform>
            <numerusform>اجعل الملاحظة أقل من %n حرفًا.</numerusform>
            <numerusform>اجعل الملاحظة أقل من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the right unit price as a number, zero or more.</source>
        <translation>اكتب سعر الوحدة الصحيح رقمًا، صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>Nothing of this line is left to correct.</source>
        <translation>لم يبقَ من هذا السطر شيء لتصحيحه.</translation>
    </message>
    <message>
        <source>A credit note lowers a price: type a price below {price}.</source>
        <translation>الإشعار الدائن يخفّض السعر: اكتب سعرًا أقل من {price}.</translation>
    </message>
    <message>
        <source>Fill in the business profile in Settings before issuing invoices.</source>
        <translation>عبّئ ملف النشاط التجاري في الإعدادات قبل إصدار الفواتير.</translation>
    </message>
    <message>
        <source>This customer is archived. Restore them to sell to them.</source>
        <translation>هذا العميل مؤرشف. استعده لتتمكن من البيع له.</translation>
    </message>
    <message>
        <source>Say why the invoice is corrected (ZATCA asks for a reason).</source>
        <translation>اذكر سبب تصحيح الفاتورة (تطلب هيئة الزكاة والضريبة والجمارك ذكر السبب).</translation>
    </message>
    <message>
        <source>Give the reason in at most 500 characters.</source>
        <translation>اكتب السبب في 500 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>This invoice no longer exists.</source>
        <translation>هذه الفاتورة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Enter the quantity returned as a number above zero.</source>
        <translation>أدخل الكمية المرتجعة رقمًا أكبر من الصفر.</translation>
    </message>
    <message>
        <source>Only {quantity} of this line are left to credit.</source>
        <translation>المتبقي من هذا السطر للإشعار الدائن {quantity} فقط.</translation>
    </message>
    <message>
        <source>Enter the amount paid back, above zero.</source>
        <translation>أدخل المبلغ المُعاد، أكبر من الصفر.</translation>
    </message>
    <message>
        <source>Enter the amount received, above zero.</source>
        <translation>أدخل المبلغ المستلم، أكبر من الصفر.</translation>
    </message>
    <message>
        <source>Nothing is owed back on this invoice.</source>
        <translation>لا يوجد مبلغ مستحق للعميل على هذه الفاتورة.</translation>
    </message>
    <message>
        <source>This invoice is already settled.</source>
        <translation>هذه الفاتورة مسددة بالكامل.</translation>
    </message>
    <message>
        <source>This is more than is owed back on the invoice ({due}).</source>
        <translation>هذا أكثر من المبلغ المستحق للعميل على الفاتورة ({due}).</translation>
    </message>
    <message>
        <source>This is more than is still due on the invoice ({due}).</source>
        <translation>هذا أكثر من المتبقي على الفاتورة ({due}).</translation>
    </message>
    <message>
        <source>The payment day cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الدفع في المستقبل.</translation>
    </message>
    <message>
        <source>The payment day cannot be before the invoice&apos;s day.</source>
        <translation>لا يمكن أن يسبق تاريخ الدفع تاريخ الفاتورة.</translation>
    </message>
    <message>
        <source>Keep the note under 500 characters.</source>
        <translation>اجعل الملاحظة أقل من 500 حرف.</translation>
    </message>
    <message>
        <source>Choose at least one line: the quantity taken back, or the price it should have had.</source>
        <translation>اختر سطرًا واحدًا على الأقل: الكمية المرتجعة، أو السعر الذي كان ينبغي أن يكون له.</translation>
    </message>
    <message>
        <source>There is no invoice or credit note numbered {number}.</source>
        <translation>لا توجد فاتورة أو إشعار دائن بالرقم {number}.</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <source>Search by number, or by the customer&apos;s name or phone</source>
        <translation>ابحث برقم المستند، أو باسم العميل أو هاتفه</translation>
    </message>
    <message>
        <source>Unpaid only</source>
        <translation>غير المدفوعة فقط</translation>
    </message>
    <message>
        <source>Catalogue…</source>
        <translation>المنتجات والخدمات…</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Welcome kits…</source>
        <translation>الحقائب الترحيبية…</translation>
    </message>
    <message>
        <source>New customers and their welcome kits, printed one by one or all at once</source>
        <translation>العملاء الجدد وحقائبهم الترحيبية، طباعةً لكل عميل أو للجميع دفعة واحدة</translation>
    </message>
    <message>
        <source>Issue the first invoice</source>
        <translation>إصدار أول فاتورة</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>فاتورة جديدة…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>تسجيل دفعة…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>إشعار دائن…</translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>لا توجد مستندات</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Still owed: {amounts}</source>
        <translation>المستحق: {amounts}</translation>
    </message>
    <message>
        <source>No invoice or credit note matches “{query}”.</source>
        <translation>لا توجد فاتورة أو إشعار دائن يطابق «{query}».</translation>
    </message>
    <message>
        <source>Every invoice is paid.</source>
        <translation>كل الفواتير مدفوعة.</translation>
    </message>
    <message>
        <source>No invoices yet.
Issue an invoice after a sale: it counts as the customer&apos;s purchase.</source>
        <translation>لا توجد فواتير بعد.
أصدر فاتورة بعد كل بيع: تُحسب عملية شراء للعميل.</translation>
    </message>
    <message>
        <source>Record refund…</source>
        <translation>تسجيل مبلغ مُعاد…</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>سُجّلت الدفعة.</translation>
    </message>
</context>
<context>
    <name>ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule a follow-up</source>
        <translation>جدولة متابعة</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>في وقت محدد</translation>
    </message>
    <message>
        <source>e.g. Ask how the new phone works for them</source>
        <translation>مثال: الاطمئنان على الجوال الجديد</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Choose the customer from the list.</source>
        <translation>اختر العميل من القائمة.</translation>
    </message>
</context>
<context>
    <name>SequenceDialog</name>
    <message>
        <source>Occasion sequence</source>
        <translation>سلسلة مناسبة</translation>
    </message>
    <message>
        <source>A short, warm word: no offer yet</source>
        <translation>كلمة قصيرة ودودة، بلا عرض بعد</translation>
    </message>
    <message numerus="yes">
        <source> days before</source>
        <translation>
            <numerusform> يوم قبلها</numerusform>
            <numerusform> يوم قبلها</numerusform>
            <numerusform> يوم قبلها</numerusform>
            <numerusform> أيام قبلها</numerusform>
            <numerusform> يومًا قبلها</numerusform>
            <numerusform> يوم قبلها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> days before the occasion</source>
        <translation>
            <numerusform> يوم قبل المناسبة</numerusform>
            <numerusform> يوم قبل المناسبة</numerusform>
            <numerusform> يوم قبل المناسبة</numerusform>
            <numerusform> أيام قبل المناسبة</numerusform>
            <numerusform> يومًا قبل المناسبة</numerusform>
            <numerusform> يوم قبل المناسبة</numerusform>
        </translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>بلا تذكير</translation>
    </message>
    <message numerus="yes">
        <source> days after the offer</source>
        <translation>
            <numerusform> يوم بعد العرض</numerusform>
            <numerusform> يوم بعد العرض</numerusform>
            <numerusform> يوم بعد العرض</numerusform>
            <numerusform> أيام بعد العرض</numerusform>
            <numerusform> يومًا بعد العرض</numerusform>
            <numerusform> يوم بعد العرض</numerusform>
        </translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>every</source>
        <translation>كل</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Warm messages</source>
        <translation>رسائل التواصل</translation>
    </message>
    <message>
        <source>Warm message</source>
        <translation>رسالة التواصل</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>إرسال العرض</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>التذكير</translation>
    </message>
    <message>
        <source>By the Umm al-Qura calendar</source>
        <translation>بحسب تقويم أم القرى</translation>
    </message>
    <message>
        <source>{occasion} {year}</source>
        <translation>{occasion} {year}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open the shop&apos;s server</source>
        <translation>فتح خادم المتجر</translation>
    </message>
    <message>
        <source>A book that several PCs share is kept on the shop&apos;s PostgreSQL server. Whoever set the server up gives these; the README says how to set one up.</source>
        <translation>الدفتر الذي تتشارك فيه عدة حواسيب يُحفظ على خادم PostgreSQL الخاص بالمتجر. يعطيك هذه البيانات من أعدّ الخادم، ويشرح ملف README كيف يُعدّ.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>First copy the book open now into it (only into a new, empty database)</source>
        <translation>انسخ إليه أولًا الدفتر المفتوح الآن (إلى قاعدة بيانات جديدة فارغة فقط)</translation>
    </message>
    <message>
        <source>For the first PC: its customers, invoices and follow-ups go to the server, and the book in this PC&apos;s file stays as it is. The other PCs only open the server.</source>
        <translation>للحاسوب الأول: ينتقل عملاؤه وفواتيره ومتابعاته إلى الخادم، ويبقى الدفتر في ملف هذا الحاسوب كما هو. أما الحواسيب الأخرى فتفتح الخادم فقط.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Copying the book to the server…</source>
        <translation>جارٍ نسخ الدفتر إلى الخادم…</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>The book is on the server now; the program opens it there. The book in this PC&apos;s file is kept as it was.</source>
        <translation>صار الدفتر على الخادم الآن، وسيفتحه البرنامج هناك. ويبقى الدفتر في ملف هذا الحاسوب كما كان.</translation>
    </message>
</context>
<context>
    <name>Servers</name>
    <message>
        <source>Enter the server&apos;s name or address, for example 192.168.1.10.</source>
        <translation>أدخل اسم الخادم أو عنوانه، مثل 192.168.1.10.</translation>
    </message>
    <message>
        <source>This is not a server&apos;s name or address: it has spaces, slashes or other signs. For example 192.168.1.10.</source>
        <translation>هذا ليس اسم خادم ولا عنوانه: فيه مسافات أو شرطات مائلة أو رموز أخرى. مثال: 192.168.1.10.</translation>
    </message>
    <message>
        <source>Enter a port from 1 to 65535 (the server&apos;s usual port is 5432).</source>
        <translation>أدخل منفذًا من 1 إلى 65535 (المنفذ المعتاد للخادم 5432).</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name on the server.</source>
        <translation>أدخل اسم قاعدة البيانات على الخادم.</translation>
    </message>
    <message>
        <source>Enter the user name the server lets the program in with.</source>
        <translation>أدخل اسم المستخدم الذي يسمح به الخادم للبرنامج بالدخول.</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Remove the PIN</source>
        <translation>إزالة الرقم السري</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>تغيير الرقم السري</translation>
    </message>
    <message>
        <source>Set a PIN</source>
        <translation>تعيين رقم سري</translation>
    </message>
    <message>
        <source>Anyone who opens the program, or restores a backup, is asked for the PIN. It is 4 to 12 digits.</source>
        <translation>يُطلب الرقم السري ممن يفتح البرنامج أو يسترجع نسخة احتياطية. وهو من 4 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <source>Without a PIN, anyone at this PC can open the program and restore a backup.</source>
        <translation>دون رقم سري يستطيع أي شخص على هذا الجهاز فتح البرنامج واسترجاع نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>الرقم السري الحالي</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>الرقم السري الجديد</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>تأكيد الرقم السري الجديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>الرقمان السريان غير متطابقين.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{value}” is not a country code.</source>
        <translation>«{value}» ليس رمز دولة.</translation>
    </message>
    <message>
        <source>“{value}” is not a time zone.</source>
        <translation>«{value}» ليست منطقة زمنية.</translation>
    </message>
    <message>
        <source>Enter a whole number from {low} to {high}.</source>
        <translation>أدخل عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>اختر نعم أو لا.</translation>
    </message>
    <message>
        <source>Enter a web address that starts with https://, or leave it empty.</source>
        <translation>أدخل رابطاً يبدأ بـ https://، أو اتركه فارغاً.</translation>
    </message>
    <message>
        <source>Choose Western or Arabic-Indic digits.</source>
        <translation>اختر الأرقام الغربية أو الهندية.</translation>
    </message>
    <message>
        <source>Choose a folder by its whole path, such as D:\Backups.</source>
        <translation>اختر المجلد بمساره الكامل، مثل D:\Backups.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n characters.</source>
        <translation>
            <numerusform>لا يُقبل أي حرف هنا.</numerusform>
            <numerusform>أدخل حرفًا واحدًا على الأكثر.</numerusform>
            <numerusform>أدخل حرفين على الأكثر.</numerusform>
            <numerusform>أدخل %n أحرف على الأكثر.</numerusform>
            <numerusform>أدخل %n حرفًا على الأكثر.</numerusform>
            <numerusform>أدخل %n حرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one of: {options}.</source>
        <translation>اختر واحدًا من: {options}.</translation>
    </message>
    <message>
        <source>Enter a VAT rate from 0 to 100 %, with at most two decimals.</source>
        <translation>أدخل نسبة ضريبة من 0 إلى 100٪، بخانتين عشريتين على الأكثر.</translation>
    </message>
    <message>
        <source>Enter a prefix of at most 12 characters: letters, digits and - _ / . # only, without spaces.</source>
        <translation>أدخل بادئة من 12 حرفًا على الأكثر: حروف وأرقام والرموز - _ / . # فقط، بلا مسافات.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Satisfaction call after a first purchase, after</source>
        <translation>اتصال للاطمئنان على الرضا بعد أول شراء بـ</translation>
    </message>
    <message>
        <source>Call before a renewal or contract end,</source>
        <translation>اتصال قبل التجديد أو انتهاء العقد بـ</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> يوم</numerusform>
            <numerusform> أيام</numerusform>
            <numerusform> يومًا</numerusform>
            <numerusform> يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>The program speaks this language from its next start: after Save, you can restart it at once.</source>
        <translation>يعمل البرنامج بهذه اللغة من تشغيله القادم: بعد الحفظ يمكنك إعادة تشغيله فورًا.</translation>
    </message>
    <message numerus="yes">
        <source> weeks before</source>
        <comment>after the number of weeks</comment>
        <translation>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسبوع</numerusform>
            <numerusform> أسابيع</numerusform>
            <numerusform> أسبوعًا</numerusform>
            <numerusform> أسبوع</numerusform>
        </translation>
    </message>
    <message>
        <source>Birthday greeting on the customer&apos;s birthday</source>
        <translation>تهنئة العميل في يوم ميلاده</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>قواعد المتابعة</translation>
    </message>
    <message>
        <source>Each rule puts a follow-up on the Today list once per customer and occasion.</source>
        <translation>تضيف كل قاعدة متابعةً إلى قائمة «اليوم» مرة واحدة لكل عميل في كل مناسبة.</translation>
    </message>
    <message>
        <source>Message templates…</source>
        <translation>قوالب الرسائل…</translation>
    </message>
    <message>
        <source>Welcome kit…</source>
        <translation>الحقيبة الترحيبية…</translation>
    </message>
    <message>
        <source>The texts of the kit printed for new customers</source>
        <translation>نصوص الحقيبة التي تُطبع للعملاء الجدد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Save PDFs in</source>
        <translation>حفظ ملفات PDF في</translation>
    </message>
    <message>
        <source>Data safety</source>
        <translation>أمان البيانات</translation>
    </message>
    <message>
        <source>Lost customers</source>
        <translation>العملاء المفقودون</translation>
    </message>
    <message>
        <source>The Documents folder</source>
        <translation>مجلد المستندات</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation>ملف النشاط التجاري</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze until</source>
        <translation>تأجيل حتى</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>Customer</source>
        <translation>العميل</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>تم التواصل</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Bought on</source>
        <translation>تاريخ الشراء</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Give the template a name.</source>
        <translation>أدخل اسمًا للقالب.</translation>
    </message>
    <message numerus="yes">
        <source>The name is longer than %n characters.</source>
        <translation>
            <numerusform>الاسم أطول من %n حرف.</numerusform>
            <numerusform>الاسم أطول من حرف واحد.</numerusform>
            <numerusform>الاسم أطول من حرفين.</numerusform>
            <numerusform>الاسم أطول من %n أحرف.</numerusform>
            <numerusform>الاسم أطول من %n حرفًا.</numerusform>
            <numerusform>الاسم أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the text of the message.</source>
        <translation>اكتب نص الرسالة.</translation>
    </message>
    <message numerus="yes">
        <source>The text is longer than %n characters.</source>
        <translation>
            <numerusform>النص أطول من %n حرف.</numerusform>
            <numerusform>النص أطول من حرف واحد.</numerusform>
            <numerusform>النص أطول من حرفين.</numerusform>
            <numerusform>النص أطول من %n أحرف.</numerusform>
            <numerusform>النص أطول من %n حرفًا.</numerusform>
            <numerusform>النص أطول من %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>هذا القالب لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>تحية</translation>
    </message>
    <message>
        <source>{dear} {name}, greetings from {shop}. We hope all is well with you. If there is anything we can do for you, just reply to this message.</source>
        <translation>{dear} {name}، تحية طيبة من {shop}. نتمنى أن تكونوا بخير. وإن كان هناك ما يمكننا تقديمه لكم، يكفي أن تردّوا على هذه الرسالة.</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>عيد ميلاد</translation>
    </message>
    <message>
        <source>{dear} {name}, everyone at {shop} wishes you a very happy birthday!</source>
        <translation>{dear} {name}، يتمنى لكم فريق {shop} عيد ميلاد سعيدًا، وكل عام وأنتم بخير!</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكر</translation>
    </message>
    <message>
        <source>{dear} {name}, thank you for choosing {shop}. We hope you are happy with your purchase. If anything is not right, tell us and we will put it right.</source>
        <translation>{dear} {name}، شكرًا لاختياركم {shop}. نتمنى أن تكونوا راضين عن مشترياتكم. وإن لم يكن أي شيء على ما يرام، أخبرونا وسنصلحه.</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>اشتقنا لكم</translation>
    </message>
    <message>
        <source>{dear} {name}, it has been a while since we last saw you at {shop}. We would love to welcome you back: reply to this message and we will have something special ready for you.</source>
        <translation>{dear} {name}، مضت فترة منذ آخر زيارة لكم إلى {shop}. يسعدنا أن نستقبلكم من جديد: ردّوا على هذه الرسالة وسنجهّز لكم شيئًا مميزًا.</translation>
    </message>
    <message>
        <source>Dear</source>
        <translation>عزيزي</translation>
    </message>
    <message>
        <source>This customer has no mobile number.</source>
        <translation>لا يوجد رقم جوال لهذا العميل.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>dear</source>
        <comment>a placeholder of a message template, shown between braces: one word, no braces</comment>
        <translation>عزيزي</translation>
    </message>
    <message>
        <source>customer_name</source>
        <comment>a placeholder of a message template, shown between braces: words joined by _, as the welcome kit&apos;s</comment>
        <translation>اسم_العميل</translation>
    </message>
    <message>
        <source>shop_name</source>
        <comment>a placeholder of a message template, shown between braces: words joined by _, as the welcome kit&apos;s</comment>
        <translation>اسم_المتجر</translation>
    </message>
    <message>
        <source>today</source>
        <comment>a placeholder of a message template, shown between braces: words joined by _, as the welcome kit&apos;s</comment>
        <translation>تاريخ_اليوم</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>قوالب الرسائل</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>قالب جديد</translation>
    </message>
    <message>
        <source>Insert:</source>
        <translation>إدراج:</translation>
    </message>
    <message>
        <source>Customer&apos;s name</source>
        <translation>اسم العميل</translation>
    </message>
    <message>
        <source>Dear (by gender)</source>
        <translation>عزيزي / عزيزتي</translation>
    </message>
    <message>
        <source>Shop&apos;s name</source>
        <translation>اسم المحل</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>تاريخ اليوم</translation>
    </message>
    <message>
        <source>Placeholders in braces are filled for each customer: {placeholders}. Anything else is sent as you type it.</source>
        <translation>تُستبدل الحقول بين الأقواس لكل عميل: {placeholders}. وما عدا ذلك يُرسَل كما تكتبه.</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>حفظ القالب</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>حذف القالب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>TemplatesFemale</name>
    <message>
        <source>Dear</source>
        <translation>عزيزتي</translation>
    </message>
</context>
<context>
    <name>TemplatesMale</name>
    <message>
        <source>Dear</source>
        <translation>عزيزي</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>الأيام السبعة القادمة</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>شكاوى مفتوحة</translation>
    </message>
    <message>
        <source>{section} (first {listed} of {total})</source>
        <translation>{section} (أول {listed} من {total})</translation>
    </message>
    <message>
        <source>{section} ({total})</source>
        <translation>{section} ({total})</translation>
    </message>
    <message>
        <source>{listed} of {total}</source>
        <translation>{listed} من {total}</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>منذ {date}</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>في أي وقت</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>بلا تأخير</numerusform>
            <numerusform>متأخرة يومًا واحدًا</numerusform>
            <numerusform>متأخرة يومين</numerusform>
            <numerusform>متأخرة %n أيام</numerusform>
            <numerusform>متأخرة %n يومًا</numerusform>
            <numerusform>متأخرة %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>since today</source>
        <translation>منذ اليوم</translation>
    </message>
    <message numerus="yes">
        <source>open %n days</source>
        <translation>
            <numerusform>مفتوحة منذ اليوم</numerusform>
            <numerusform>مفتوحة منذ يوم</numerusform>
            <numerusform>مفتوحة منذ يومين</numerusform>
            <numerusform>مفتوحة منذ %n أيام</numerusform>
            <numerusform>مفتوحة منذ %n يومًا</numerusform>
            <numerusform>مفتوحة منذ %n يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Schedule follow-up…</source>
        <translation>جدولة متابعة…</translation>
    </message>
    <message>
        <source>Nothing due today.
Schedule a call, a visit or a message, and it will be waiting for you here.</source>
        <translation>لا شيء مستحق اليوم.
جدوِل اتصالًا أو زيارة أو رسالة، وستجدها بانتظارك هنا.</translation>
    </message>
    <message>
        <source>Schedule a follow-up</source>
        <translation>جدولة متابعة</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>إنجاز</translation>
    </message>
    <message>
        <source>Done: what came of it (Enter)</source>
        <translation>إنجاز: ما نتيجتها؟ (Enter)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>معالجة</translation>
    </message>
    <message>
        <source>More: other outcomes, another day, cancel, open the customer</source>
        <translation>المزيد: نتائج أخرى، أو يوم آخر، أو إلغاء، أو عرض العميل</translation>
    </message>
    <message>
        <source>Add the first customer</source>
        <translation>إضافة أول عميل</translation>
    </message>
    <message>
        <source>Import customers…</source>
        <translation>استيراد العملاء…</translation>
    </message>
    <message>
        <source>Your customer book is empty.
Add your customers, or import the list you keep, and each morning this screen will list whom to call, visit or message.</source>
        <translation>دفتر العملاء فارغ.
أضف عملاءك أو استورد القائمة التي تحتفظ بها، وستعرض هذه الشاشة كل صباح من تتصل به أو تزوره أو تراسله.</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>إنجاز…</translation>
    </message>
    <message>
        <source>Done: {outcome}</source>
        <translation>إنجاز: {outcome}</translation>
    </message>
    <message>
        <source>Snooze to tomorrow</source>
        <translation>تأجيل إلى الغد</translation>
    </message>
    <message>
        <source>Snooze to next week</source>
        <translation>تأجيل إلى الأسبوع القادم</translation>
    </message>
    <message>
        <source>Snooze to a date…</source>
        <translation>تأجيل إلى تاريخ…</translation>
    </message>
    <message>
        <source>Cancel follow-up</source>
        <translation>إلغاء المتابعة</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>فتح العميل</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>إرسال رسالة…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>تحديد كمحلولة</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>اليوم، {date}</translation>
    </message>
    <message numerus="yes">
        <source>Show the other %n follow-ups</source>
        <translation>
            <numerusform>عرض المتابعات الأخرى</numerusform>
            <numerusform>عرض المتابعة الأخرى</numerusform>
            <numerusform>عرض المتابعتين الأخريين</numerusform>
            <numerusform>عرض %n متابعات أخرى</numerusform>
            <numerusform>عرض %n متابعةً أخرى</numerusform>
            <numerusform>عرض %n متابعة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked done.</source>
        <translation>أُنجزت المتابعة.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>إنجاز المتابعة</translation>
    </message>
    <message>
        <source>Marked done: {outcome}.</source>
        <translation>أُنجزت المتابعة: {outcome}.</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>أُجّلت المتابعة حتى {date}.</translation>
    </message>
    <message>
        <source>Snoozed.</source>
        <translation>أُجّلت المتابعة.</translation>
    </message>
    <message>
        <source>Cancel the follow-up with {name}? It leaves the list and nothing is logged.</source>
        <translation>هل تريد إلغاء المتابعة مع {name}؟ ستُزال من القائمة ولن يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Follow-up cancelled.</source>
        <translation>أُلغيت المتابعة.</translation>
    </message>
    <message>
        <source>Complaint marked resolved.</source>
        <translation>سُجّلت الشكوى كمحلولة.</translation>
    </message>
    <message>
        <source>Calling {name} on {phone}. Press Enter afterwards to note how it went.</source>
        <translation>جارٍ الاتصال بـ{name} على الرقم {phone}. اضغط Enter بعد المكالمة لتسجيل نتيجتها.</translation>
    </message>
    <message>
        <source>No program on this computer makes calls: {phone} is copied, to dial it by hand.</source>
        <translation>لا يوجد على هذا الحاسوب برنامج لإجراء المكالمات: نُسخ الرقم {phone} لتطلبه بنفسك.</translation>
    </message>
    <message>
        <source>Follow-up scheduled.</source>
        <translation>جُدولت المتابعة.</translation>
    </message>
    <message>
        <source>Follow-up scheduled. It will show here a week before it is due.</source>
        <translation>جُدولت المتابعة. ستظهر هنا قبل موعدها بأسبوع.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Retention Desktop</source>
        <translation>الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Show Today</source>
        <translation>عرض قائمة اليوم</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message numerus="yes">
        <source>Follow-ups due today: %n</source>
        <translation>
            <numerusform>لا متابعات مستحقة اليوم</numerusform>
            <numerusform>متابعة واحدة مستحقة اليوم</numerusform>
            <numerusform>متابعتان مستحقتان اليوم</numerusform>
            <numerusform>%n متابعات مستحقة اليوم</numerusform>
            <numerusform>%n متابعةً مستحقة اليوم</numerusform>
            <numerusform>%n متابعة مستحقة اليوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WinBack</name>
    <message>
        <source>Customer won back: their history is kept.</source>
        <translation>استُعيد العميل، وسجلّه محفوظ كما هو.</translation>
    </message>
    <message>
        <source>Won back</source>
        <translation>استعادة العميل</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>The amount is not a number.</source>
        <translation>المبلغ ليس رقمًا.</translation>
    </message>
    <message>
        <source>A negative amount cannot be written in words.</source>
        <translation>لا يمكن كتابة مبلغ سالب بالحروف.</translation>
    </message>
    <message>
        <source>Amounts in {currency} cannot be written in words yet.</source>
        <translation>لا يمكن بعد كتابة المبالغ بعملة {currency} بالحروف.</translation>
    </message>
    <message>
        <source>Amounts cannot be written in words in the language “{language}”.</source>
        <translation>لا يمكن كتابة المبالغ بالحروف باللغة «{language}».</translation>
    </message>
</context>
<context>
    <name>Zatca</name>
    <message>
        <source>The seller name is too long for the QR code: {size} bytes, at most 255.</source>
        <translation>اسم البائع أطول مما يتسع له رمز QR: {size} بايت، والحد 255.</translation>
    </message>
    <message>
        <source>The VAT number is too long for the QR code: {size} bytes, at most 255.</source>
        <translation>الرقم الضريبي أطول مما يتسع له رمز QR: {size} بايت، والحد 255.</translation>
    </message>
    <message>
        <source>The invoice time is too long for the QR code: {size} bytes, at most 255.</source>
        <translation>وقت الفاتورة أطول مما يتسع له رمز QR: {size} بايت، والحد 255.</translation>
    </message>
    <message>
        <source>The invoice total is too long for the QR code: {size} bytes, at most 255.</source>
        <translation>إجمالي الفاتورة أطول مما يتسع له رمز QR: {size} بايت، والحد 255.</translation>
    </message>
    <message>
        <source>The VAT amount is too long for the QR code: {size} bytes, at most 255.</source>
        <translation>مبلغ الضريبة أطول مما يتسع له رمز QR: {size} بايت، والحد 255.</translation>
    </message>
    <message>
        <source>A QR code field is too long: {size} bytes, at most 255.</source>
        <translation>أحد حقول رمز QR طويل جدًا: {size} بايت، والحد 255.</translation>
    </message>
    <message>
        <source>An amount in the QR code is not a number.</source>
        <translation>أحد المبالغ في رمز QR ليس رقمًا.</translation>
    </message>
    <message>
        <source>The invoice time must carry a time zone.</source>
        <translation>يجب أن يحمل وقت الفاتورة منطقة زمنية.</translation>
    </message>
    <message>
        <source>The QR code needs the seller name.</source>
        <translation>يحتاج رمز QR إلى اسم البائع.</translation>
    </message>
    <message>
        <source>“{vat}” is not a Saudi VAT number: it has 15 digits and begins and ends with 3.</source>
        <translation>«{vat}» ليس رقمًا ضريبيًا سعوديًا: يتكون من 15 رقمًا ويبدأ بالرقم 3 وينتهي به.</translation>
    </message>
    <message>
        <source>This is not a valid QR code payload.</source>
        <translation>هذه ليست بيانات رمز QR صالحة.</translation>
    </message>
</context>
</TS>
