<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
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
        <source>Add the first customer</source>
        <translation>أضف أول عميل</translation>
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
    <message>
        <source>{found} of {total}</source>
        <translation>{found} من {total}</translation>
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
Add your first customer to start keeping in touch.</source>
        <translation>دفتر العملاء فارغ.
أضف أول عميل لتبدأ في البقاء على تواصل معه.</translation>
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
        <source>Customer since</source>
        <translation>عميل منذ</translation>
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
        <source>Choose a customer in the list to see their card.</source>
        <translation>اختر عميلًا من القائمة لعرض بطاقته.</translation>
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
        <source>Type a name or phone to find the customer</source>
        <translation>اكتب اسمًا أو رقم هاتف للعثور على العميل</translation>
    </message>
    <message>
        <source>Personal touch: family, preferences, what they care about</source>
        <translation>لمسة شخصية: العائلة، التفضيلات، ما يهمه</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>احفظ على أي حال</translation>
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
    <message>
        <source>The name is longer than {n} characters.</source>
        <translation>الاسم أطول من {n} حرفًا.</translation>
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
        <source>The birthday is more than {n} years ago.</source>
        <translation>تاريخ الميلاد أقدم من {n} سنة.</translation>
    </message>
    <message>
        <source>A tag is longer than {n} characters.</source>
        <translation>أحد الوسوم أطول من {n} حرفًا.</translation>
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
        <source>This database holds other data and is not a Retention Desktop database.</source>
        <translation>تحتوي قاعدة البيانات هذه على بيانات أخرى وليست قاعدة بيانات لبرنامج الاحتفاظ بالعملاء.</translation>
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
        <source>The driver for {kind} databases is not installed ({module}).</source>
        <translation>برنامج التشغيل لقواعد بيانات {kind} غير مثبت ({module}).</translation>
    </message>
    <message>
        <source>The database server cannot be reached: {reason}</source>
        <translation>تعذر الوصول إلى خادم قاعدة البيانات: {reason}</translation>
    </message>
    <message>
        <source>The database could not be opened: {reason}</source>
        <translation>تعذر فتح قاعدة البيانات: {reason}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Added {n} demo customers.</source>
        <translation>أُضيف {n} عميل تجريبي.</translation>
    </message>
    <message>
        <source>The number of demo customers must be between {low} and {high}, not {n}.</source>
        <translation>يجب أن يكون عدد العملاء التجريبيين بين {low} و{high}، وليس {n}.</translation>
    </message>
    <message>
        <source>The customer book already holds {n} customers. Demo customers are only added to an empty book; choose a new database file with --db.</source>
        <translation>دفتر العملاء يحتوي بالفعل على {n} عميل. لا يُضاف العملاء التجريبيون إلا إلى دفتر فارغ؛ اختر ملف قاعدة بيانات جديدًا باستخدام ‎--db.</translation>
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
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>The database file this window works on</source>
        <translation>ملف قاعدة البيانات الذي تعمل عليه هذه النافذة</translation>
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
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>ال&amp;عملاء</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Customer archived. Press Undo (Ctrl+Z) to bring them back.</source>
        <translation>أُرشف العميل. اضغط «تراجع» (Ctrl+Z) لإعادته.</translation>
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
</context>
<context>
    <name>PhoneList</name>
    <message>
        <source>Add another number</source>
        <translation>إضافة رقم آخر</translation>
    </message>
    <message>
        <source>e.g. 055 123 4567</source>
        <translation>مثل 055 123 4567</translation>
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
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>“{value}” is not a country code.</source>
        <translation>«{value}» ليس رمز دولة.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Country for phone numbers</source>
        <translation>دولة أرقام الهاتف</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code are read as numbers of this country.</source>
        <translation>تُقرأ أرقام الهاتف المكتوبة دون رمز دولة على أنها أرقام من هذه الدولة.</translation>
    </message>
</context>
</TS>
