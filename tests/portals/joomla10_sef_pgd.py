"""Phòng GD&ĐT huyện Hải Hậu (Nam Định) on Joomla! 1.0.15 with the core SEF turned on.

The platform
------------
Joomla! 1.0.15 (2008, the Mambo lineage), installed about 2008 and never upgraded: a table-based
three-column template from joomlaviet.org ("jv_giaoduc_xanh"), the Vietnamese language pack of that
time (whose strings are written in HTML numeric references: "Vi&#7871;t b&#7903;i",
"&#272;&#7885;c ti&#7871;p..."), the editors' TinyMCE 2 and {mosimage}. The page declares
``<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`` (and so does the header),
prints ``<base href="http://host/">`` in the head (Joomla 1.0 did, so that the editors' relative
``images/stories/…`` and ``index.php?option=…`` links work under SEF URLs), and no rel=canonical
anywhere (Joomla 1.0 never printed one). ``<meta name="title">`` / ``<meta name="author">`` on item
pages repeat the title and the "Viết bởi" name, as the MetaTitle/MetaAuthor options did.

URL scheme (core SEF of Joomla 1.0)
-----------------------------------
- ``/`` (also ``/index.php`` and ``/index.php?option=com_frontpage&Itemid=1``, which the banner
  links to): the frontpage: a blog of the four items flagged "frontpage", no pagination.
- ``/content/blogsection/1/46/``: "Tin tức", a blog of the whole news section (13 items), 5 per
  page, pages ``/content/blogsection/1/46/5/5/`` and ``/content/blogsection/1/46/5/10/`` in
  Joomla 1.0's ``/limit/limitstart/`` form; the pager's "Đầu" link from page 2 or 3 points at
  ``/content/blogsection/1/46/5/0/`` (page 1 again: it answers too). Pager: "<< Đầu < Trước 1 2 3
  Tiếp > Cuối >>" in ``span.pagenav`` / ``a.pagenav`` and the counter "Kết quả 1 - 5 của 13".
- ``/content/blogcategory/7/45/`` "Tin hoạt động" (7 items: pages ``/`` and ``/5/5/``),
  ``/content/blogcategory/8/47/`` "Chuyên môn" (3 items) and ``/content/blogcategory/9/48/``
  "Thông báo" (3 items). Each blog item is a ``table.contentpaneopen`` pair: the title in
  ``td.contentheading`` (linked, ``a.contentpagetitle``), the PDF / print / e-mail icons
  (``td.buttonheading``), "Viết bởi …" in ``span.small``, the create date in ``td.createdate``
  ("Thứ sáu, 21 Tháng 11 2026 15:40"), the intro text (the article's first paragraph(s), with
  its first {mosimage} when the intro has one) and "Đọc tiếp..." (``a.readon``). Under the items
  of the "Tin tức" blog, a "Các bài khác..." list of the next four titles (the blog's "# Links";
  the category blogs set it to 0).
- ``/content/view/<id>/<Itemid>/``: an item. Every article has three addresses that serve the very
  same article (only the Itemid inside a few links differs): ``/content/view/<id>/<cat Itemid>/``
  (blogs of its category, the frontpage, pagenav, the related lists; **the gold path**),
  ``/content/view/<id>/46/`` (the "Tin tức" section blog and the side module "Tin mới") and the
  non-SEF ``/index.php?option=com_content&task=view&id=<id>&Itemid=<cat Itemid>`` (the RSS feed
  and old links the editors typed inside bodies). The last two are the gold ``alt_paths``.
- ``/content/section/3/44/``: "Văn bản", a section shown as a table ("#", "Ngày", "Tiêu đề",
  "Lượt xem"; real Joomla 1.0 printed such a table on the category page: this site's menu item
  points the section at it) listing two document entries, ``/content/view/150/44/`` and
  ``/content/view/151/44/``.
- Static content: ``/content/view/5/26/`` "Giới thiệu", ``/content/view/6/27/`` "Danh bạ" (a table
  of schools with phones); components in the comma form: ``/component/option,com_contact/Itemid,12/``
  (contact details and a form), ``/component/option,com_poll/task,results/id,14/`` (poll results;
  the poll module's "Kết quả" button reaches it only through ``onclick``; the popup form
  ``/index2.php?option=com_poll&task=results&id=14`` answers too), ``/component/option,
  com_registration/task,lostPassword/`` and ``…/task,register/`` (login module forms).
- ``/index2.php?…``: the bare popups: print (``option=com_content&task=view&id=N&pop=1&page=0
  &Itemid=M``: the full text, every page of a split article, no menus), PDF (``option=com_content
  &do_pdf=1&id=N``: application/pdf), e-mail a friend (``option=com_content&task=emailform&id=N``:
  a form) and RSS 2.0 (``option=com_rss&feed=RSS2.0&no_html=1``, linked by the RSS button).
- ``/robots.txt``: the one Joomla 1.0 shipped (Disallow /images/, /templates/ … nothing of the
  content).

Around every page: the header banner (linked to index.php?option=com_frontpage&Itemid=1), the date
"Thứ tư, 25 Tháng 11 2026" top right (today, never a publication date), a top menu, the left
"Menu chính", the "Đăng nhập" module (username/password, "Nhớ đăng nhập", "Quên mật khẩu?",
"Đăng ký"), "Thăm dò ý kiến" (a poll form), the pathway above the component ("Trang chủ", then
the section and category, separated by the template's arrow image, whose alt is "arrow" as Joomla
1.0 printed it), on the right "Tin mới" (mod_latestnews), "Ai đang trực tuyến" ("Hiện có 7 khách
trực tuyến"), "Thống kê truy cập" (mod_stats with "Lượt truy cập: …"), a "Liên kết website"
``<select>`` and the RSS button; the footer "Phòng GD&ĐT huyện Hải Hậu — … Powered by Joomla!
Joomla! là Phần mềm Tự do ban hành theo giấy phép GNU/GPL." with address and phone.

An item page: the pathway "Trang chủ » Tin tức » Tin hoạt động" (the category last, linked to its
blog); the contentpaneopen tables (contentheading = the title, not linked; the three icons; "Viết
bởi <name>"; createdate; the body ``<td valign="top" colspan="2">``; for edited items
``td.modifydate`` "Lần cập nhật cuối ( Thứ hai, 23 Tháng 11 2026 08:12 )", the modification, not
the publication); then the pagenav "< Trước   Tiếp >" (neighbours in the category) and the
"Các tin mới hơn:" / "Các tin cũ hơn:" lists (titles with dates) that this template adds.

Bodies: ``<p>`` and ``<div>`` as TinyMCE wrote them; {mosimage} images as Joomla rendered them
(``<img src="http://host/images/stories/…" align="left" hspace="6" alt title>``; when the editor
typed a caption, the image and ``div.mosimage_caption`` sit inside a floated ``div.mosimage``);
images inserted with the editor (relative ``images/stories/…``, resolved through <base>) with the
caption the editor typed under them as a centred italic paragraph; tables pasted from Word
(``table.MsoNormalTable``, ``p.MsoNormal``); bylines at the end as editors typed them; "File
đính kèm:" lines with the attachment.

The traps
---------
- Three addresses of each article (two SEF Itemids and the non-SEF index.php form).
- The print, PDF and e-mail ``index2.php`` links of every item (and of the static pages).
- Article 130 is split by {mospagebreak} into three pages: ``/content/view/130/45/`` prints
  "Trang 1 / 3", a floated "Mục lục bài viết" table of contents (``table.contenttoc``: "Tổng
  quan", "Kết quả cụ thể", "Phương hướng") whose links are ``/content/view/130/45/1/1/`` and
  ``/content/view/130/45/1/2/`` (``limit=1&limitstart=N``), and "Tiếp >>" / "<< Trước" links.
  Each page repeats the heading, the author and the date, with one third of the text.
- ``/content/view/99/45/`` (an unpublished item, still linked from inside article 125's body)
  answers 200 with the whole layout and, in the component, only "Bạn không được phép xem trang
  này. Bạn cần đăng nhập.".
- The "Văn bản" section table (titles with "Ngày" and "Lượt xem") and its two document entries:
  item pages whose body is only a register of a decision or an official letter (number, date,
  signer, abstract) and the attached file. A reader opens them to download a document: they are
  not news articles.
- ``/index.php?option=com_frontpage&Itemid=1`` and ``/content/blogsection/1/46/5/0/``: pages
  already seen under another address.
- The contact page writes its e-mail address with Joomla's JavaScript cloak (``document.write(
  '<a href="' + prefix + ':' + addy + '">' …)``): markup inside a script, not a link.
- Text encodings: the language pack's strings in numeric references; the titles of the two oldest
  articles (119 and 121) written entirely in numeric references, their bodies mixing raw UTF-8,
  named entities (``&agrave;``) and numeric references; article 134's body pasted in decomposed
  Unicode (NFD).

Gold decisions (as a careful reader of the item page decides)
-------------------------------------------------------------
- Title: the contentheading. Date: the createdate with its time (+07:00); never the header date,
  nor "Lần cập nhật cuối" (a modification), nor an event date in the text.
- Category: the pathway's last item before the title ("Tin hoạt động", "Chuyên môn" or "Thông
  báo"); the pathway is the same under every Itemid.
- Authors: "Viết bởi Admin" / "Viết bởi Administrator" is the login account's display name: it
  credits nobody. "Viết bởi Vũ Thị Lan" (the created_by_alias an editor typed) credits Vũ Thị Lan.
  "Viết bởi Bộ phận THCS" (the display name of the THCS unit's login) is a unit filling the author
  field: "Bộ phận THCS" is the author. Bylines at the end: "Nguyễn Văn Bình - Trường TH Hải Anh"
  credits Nguyễn Văn Bình (the school is his unit); "<b>Tin: Trần Thị Hoa</b> <i>Ảnh: Phạm Đức
  Long</i>" makes Trần Thị Hoa the author and Phạm Đức Long the photographer; "Tin, ảnh: Vũ Thị
  Lan" and "Bài và ảnh: Lê Thu Hằng (THCS Hải Bắc)" make that person author and photographer;
  "PGD" alone (the office signing its own post) and "Tổ Văn phòng" are authors as printed;
  "Nguồn: Báo Nam Định" is the source and credits no author. A byline line, a source line, a
  "File đính kèm:" line and a caption are never body text.
- Summary: Joomla 1.0 has no sapo field; the intro text is just the article's first paragraph,
  printed like the others. Only where the editor set the first paragraph apart in bold as a lead
  (articles 136 and 144) is it a summary; otherwise the summary is None.
- Images: the photos of the body in order (all pages of a split article), at the address the
  browser loads (``images/stories/…`` resolved through <base>); the caption is the
  ``mosimage_caption`` text or the italic line the editor typed under the image; an image without
  such a line has no caption (its alt text is not one). Banner, icons (PDF, print, e-mail, RSS),
  the template's arrows are not article images.
- Body: paragraphs, headings, list items and Word table rows ("cell | cell") in order.
- Article 130 ({mospagebreak}): one article, not three. The three pages share one heading, one
  author, one date; the table of contents and "Trang 1 / 3" show they are parts of one text, and
  the print view prints them as one. Its gold is the first page's address (where every listing
  links) with the whole text of the three pages as its body and the images of all pages; the
  addresses ``…/1/1/`` and ``…/1/2/`` are parts of it, not other articles and not the same page
  (they are neither gold nor alt paths: a crawler should not emit them as articles).
- Static pages, the contact page, the poll results, the "Văn bản" table and its document entries,
  blogs, print/PDF/e-mail popups and the "not allowed" page are not articles.

Paths to the gold: the 4 frontpage items from ``/``; the 5 newest through "Tin mới" (Itemid 46
form); all 13 through "Tin tức" (pages 1-3: 125, 121 and 119 only from page 2 on, as "Các bài
khác..." titles, and on page 3) and through the category blogs (134 and 121 only on page 2 of
"Tin hoạt động"), and from article to article through pagenav and the newer/older lists (with
the category's Itemid); the non-SEF form
through the RSS feed (the 10 newest) and an old link the editor typed inside 121's body (to 119).
"""

from __future__ import annotations

import datetime as dt
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "joomla10_sef_pgd"
PLATFORM = "Joomla! 1.0.15 with core SEF (joomlaviet.org template, Vietnamese pack of 2008)"
START_PATH = "/"

SITE_NAME = "Phòng GD&ĐT Hải Hậu"
TEMPLATE = "/templates/jv_giaoduc_xanh"
PER_PAGE = 5
SECTION_ITEMID = 46  # "Tin tức": the section blog, and the Itemid mod_latestnews links with

#: category id -> (name, Itemid of its blog menu item)
CATEGORIES = {7: ("Tin hoạt động", 45), 8: ("Chuyên môn", 47), 9: ("Thông báo", 48)}
CAT_ID = {name: cid for cid, (name, _itemid) in CATEGORIES.items()}

#: where a {mospagebreak} stood in an article's text
PAGEBREAK = Raw("{mospagebreak}")


def ent(value: str) -> str:
    """Escape and write every non-ASCII character as a numeric reference, as the 2008 Vietnamese
    language pack (and its editors' "entity" setting) wrote text."""
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in esc(value))


#: the language pack's strings (language/vietnamese.php), numeric references throughout
LANG = {
    key: ent(value)
    for key, value in {
        "written_by": "Viết bởi",
        "read_more": "Đọc tiếp...",
        "last_updated": "Lần cập nhật cuối",
        "start": "Đầu",
        "prev": "Trước",
        "next": "Tiếp",
        "end": "Cuối",
        "results": "Kết quả",
        "of": "của",
        "page": "Trang",
        "toc": "Mục lục bài viết",
        "not_auth": "Bạn không được phép xem trang này.",
        "do_login": "Bạn cần đăng nhập.",
        "home": "Trang chủ",
        "print": "In",
        "email": "E-mail",
        "more": "Các bài khác...",
        "newer": "Các tin mới hơn:",
        "older": "Các tin cũ hơn:",
        "username": "Tên truy cập",
        "password": "Mật khẩu",
        "remember": "Nhớ đăng nhập",
        "login": "Đăng nhập",
        "lost": "Quên mật khẩu?",
        "no_account": "Chưa có tài khoản?",
        "register": "Đăng ký",
        "vote": "Bình chọn",
        "poll_results": "Kết quả",
        "online": "Hiện có 7 khách trực tuyến",
        "date": "Ngày",
        "title": "Tiêu đề",
        "hits": "Lượt xem",
        "display": "Hiển thị #",
    }.items()
}

WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def jdate(stamp: str, with_time: bool = True) -> str:
    """A date as the pack's DATE_FORMAT_LC2 prints it: "Thứ sáu, 21 Tháng 11 2026 15:40"."""
    when = dt.datetime.fromisoformat(stamp)
    day = f"{WEEKDAYS[when.weekday()]}, {when.day:02d} Tháng {when.month} {when.year}"
    return f"{day} {when:%H:%M}" if with_time else day


def short_date(stamp: str) -> str:
    return f"{dt.datetime.fromisoformat(stamp):%d/%m/%Y}"


def header_date() -> str:
    """The template's clock: today (TODAY of the fixtures), in the pack's format."""
    day, month, year = re.search(r"(\d{2})/(\d{2})/(\d{4})", TODAY).groups()
    return jdate(f"{year}-{month}-{day}T00:00:00", with_time=False)


# --- the articles (Tin hoạt động, category 7, Itemid 45) -------------------------------------
# opts: writer (the "Viết bởi" name), modified (the modifydate or None), intro (blocks shown in
# the blogs), frontpage, entity_title, entity_body (entity_mix step), nfd (decomposed body text),
# toc (the {mospagebreak} titles). The gold fields are written by hand next to the blocks.

S143 = Story(
    id=143,
    slug="ky-niem-20-11",
    title="Hải Hậu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="Tin hoạt động",
    published_at="2026-11-21T15:40:00+07:00",
    blocks=[
        Img(
            "/images/stories/2026/20-11/ky_niem_2011_1.jpg",
            "Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng các thầy cô giáo",
            "Đồng chí Phó Chủ tịch UBND huyện tặng hoa chúc mừng các thầy cô giáo",
            "mos",
        ),
        P(
            "Sáng ngày 19/11/2026, tại Hội trường Trung tâm Văn hóa huyện, Phòng Giáo dục và Đào tạo "
            "huyện Hải Hậu long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
            "20/11/2026) và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong năm học "
            "2025-2026."
        ),
        P(
            "Tới dự buổi lễ có đồng chí Trần Văn Hưng, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các "
            "ban, ngành, đoàn thể của huyện cùng hơn 300 cán bộ quản lý, giáo viên tiêu biểu của các "
            "trường mầm non, tiểu học và trung học cơ sở trên địa bàn."
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Nguyễn Đức Thắng, Trưởng phòng GD&ĐT, ôn lại truyền thống "
            "vẻ vang của ngành Giáo dục huyện nhà và bày tỏ lòng biết ơn tới các thế hệ thầy cô giáo "
            "đã tận tụy với sự nghiệp trồng người.",
            "div",
        ),
        Img("/images/stories/2026/20-11/ky_niem_2011_2.jpg", None, None, "mos-right"),
        P(
            "Năm học 2025-2026, toàn huyện có 12 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp tỉnh, "
            "148 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh; tỷ lệ học sinh lớp 9 "
            "được công nhận tốt nghiệp đạt 99,6%."
        ),
        P(
            "Dịp này, UBND huyện đã tặng Giấy khen cho 25 tập thể và 86 cá nhân có thành tích xuất "
            "sắc trong phong trào thi đua “Dạy tốt - Học tốt”."
        ),
        Raw('<p align="right"><b>Tin: Trần Thị Hoa</b> <i>Ảnh: Phạm Đức Long</i></p>'),
    ],
    authors=["Trần Thị Hoa"],
    photographers=["Phạm Đức Long"],
    opts={
        "writer": "Admin",
        "modified": "2026-11-23T08:12:00+07:00",
        "intro": 2,
        "frontpage": True,
    },
)

S142 = Story(
    id=142,
    slug="gvdg-th-hai-anh",
    title="Trường Tiểu học Hải Anh tổ chức Hội thi giáo viên dạy giỏi cấp trường",
    cat="Tin hoạt động",
    published_at="2026-11-17T09:15:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch năm học 2026-2027, từ ngày 10 đến ngày 14/11/2026, Trường Tiểu học "
            "Hải Anh đã tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 18 thầy "
            "cô giáo."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy trên lớp và trình bày một biện pháp nâng cao "
            "chất lượng giảng dạy. Ban giám khảo gồm Ban giám hiệu và các tổ trưởng chuyên môn."
        ),
        Img(
            "images/stories/truong/th_hai_anh/gvdg_2026_1.jpg",
            "Cô giáo Đặng Thị Thu trong tiết dạy môn Tiếng Việt lớp 3",
            "Cô giáo Đặng Thị Thu trong tiết dạy môn Tiếng Việt lớp 3",
            "inline",
        ),
        P(
            "Các tiết dạy được chuẩn bị công phu, ứng dụng hiệu quả công nghệ thông tin, phát huy "
            "tính tích cực, chủ động của học sinh."
        ),
        P(
            "Kết thúc hội thi, 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường, trong đó 4 "
            "thầy cô được chọn tham gia Hội thi cấp huyện."
        ),
        Raw('<p align="right"><strong>Nguyễn Văn Bình - Trường TH Hải Anh</strong></p>'),
    ],
    authors=["Nguyễn Văn Bình"],
    opts={"writer": "Administrator", "modified": None, "intro": 1, "frontpage": True},
)

S139 = Story(
    id=139,
    slug="hkpd-cap-huyen",
    title="Hội khỏe Phù Đổng cấp huyện năm học 2026-2027 thành công tốt đẹp",
    cat="Tin hoạt động",
    published_at="2026-11-10T10:00:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 7 và 8/11/2026, tại Sân vận động huyện, Phòng GD&ĐT phối hợp với Phòng "
            "Văn hóa - Thông tin tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027."
        ),
        Img(
            "/images/stories/2026/hkpd/hkpd_khai_mac.jpg",
            "Các đoàn vận động viên diễu hành tại lễ khai mạc",
            "Các đoàn vận động viên diễu hành tại lễ khai mạc",
            "mos",
        ),
        P(
            "Hội khỏe thu hút 680 vận động viên của 35 trường tiểu học và trung học cơ sở tranh tài ở "
            "6 môn: điền kinh, bơi, cờ vua, bóng bàn, cầu lông và đá cầu."
        ),
        P("Kết quả toàn đoàn các trường dẫn đầu như sau:"),
        P("Xếp hạng | Khối Tiểu học | Khối THCS", "tr"),
        P("Nhất | TH Thị trấn Yên Định | THCS Vũ Văn Hiếu", "tr"),
        P("Nhì | TH Hải Bắc | THCS Hải Châu", "tr"),
        P("Ba | TH Hải Anh | THCS Thị trấn Cồn", "tr"),
        P(
            "Ban tổ chức đã trao 96 huy chương vàng, 104 huy chương bạc và 132 huy chương đồng cho các "
            "vận động viên đạt thành tích cao. Đây cũng là dịp lựa chọn đội tuyển tham dự Hội khỏe "
            "Phù Đổng cấp tỉnh vào tháng 3/2027."
        ),
        Raw('<p align="right"><strong>Tin, ảnh: Vũ Thị Lan</strong></p>'),
    ],
    authors=["Vũ Thị Lan"],
    photographers=["Vũ Thị Lan"],
    opts={
        "writer": "Vũ Thị Lan",
        "modified": "2026-11-10T14:35:00+07:00",
        "intro": 2,
        "frontpage": True,
    },
)

S136 = Story(
    id=136,
    slug="phong-chong-duoi-nuoc",
    title="Hải Hậu: Hơn 2.000 học sinh được trang bị kỹ năng phòng, chống đuối nước",
    cat="Tin hoạt động",
    published_at="2026-10-28T14:20:00+07:00",
    blocks=[
        P(
            "Từ đầu năm học đến nay, Phòng GD&ĐT huyện Hải Hậu phối hợp với Huyện đoàn tổ chức 12 lớp "
            "tập huấn kỹ năng phòng, chống đuối nước cho hơn 2.000 học sinh tiểu học và THCS.",
            "lead",
        ),
        P(
            "Các lớp học được tổ chức tại bể bơi di động đặt ở các trường học, mỗi lớp kéo dài 10 buổi. "
            "Học sinh được hướng dẫn nhận biết các nguy cơ đuối nước, cách tự cứu khi gặp sự cố và "
            "cách hỗ trợ người bị nạn an toàn."
        ),
        P(
            "Theo lãnh đạo Phòng GD&ĐT huyện, năm 2027 huyện phấn đấu 100% trường tiểu học có bể bơi "
            "hoặc tổ chức dạy bơi cho học sinh từ lớp 3 trở lên."
        ),
        Raw('<p align="right"><em>Nguồn: Báo Nam Định</em></p>'),
    ],
    source="Báo Nam Định",
    summary=(
        "Từ đầu năm học đến nay, Phòng GD&ĐT huyện Hải Hậu phối hợp với Huyện đoàn tổ chức 12 lớp "
        "tập huấn kỹ năng phòng, chống đuối nước cho hơn 2.000 học sinh tiểu học và THCS."
    ),
    opts={"writer": "Admin", "modified": None, "intro": 1},
)

S130 = Story(
    id=130,
    slug="tong-ket-nam-hoc",
    title="Hội nghị tổng kết năm học 2025-2026 và triển khai nhiệm vụ năm học 2026-2027",
    cat="Tin hoạt động",
    published_at="2026-10-22T08:00:00+07:00",
    blocks=[
        P(
            "Ngày 20/10/2026, Phòng GD&ĐT huyện Hải Hậu tổ chức Hội nghị tổng kết năm học 2025-2026 và "
            "triển khai nhiệm vụ năm học 2026-2027. Dự hội nghị có lãnh đạo UBND huyện, hiệu trưởng "
            "các trường mầm non, tiểu học, THCS và các chuyên viên của Phòng.",
            "word",
        ),
        Img(
            "/images/stories/2026/tongket/hoi_nghi_tong_ket.jpg",
            "Quang cảnh Hội nghị",
            "Quang cảnh Hội nghị",
            "mos",
        ),
        P(
            "Năm học 2025-2026, toàn huyện có 35 trường mầm non, 36 trường tiểu học và 35 trường THCS "
            "với tổng số hơn 42.000 học sinh. Ngành đã hoàn thành xuất sắc các chỉ tiêu, nhiệm vụ "
            "được giao.",
            "word",
        ),
        P(
            "Công tác xây dựng trường chuẩn quốc gia tiếp tục được quan tâm: đến nay có 98/106 trường "
            "đạt chuẩn quốc gia, trong đó 41 trường đạt chuẩn mức độ 2.",
            "word",
        ),
        PAGEBREAK,
        P("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2025-2026", "h"),
        P("1. Quy mô trường lớp và chất lượng giáo dục", "h"),
        P(
            "Chất lượng giáo dục toàn diện được giữ vững. Kết quả cụ thể ở các cấp học như sau:",
            "word",
        ),
        P("Cấp học | Số trường | Số học sinh | Tỷ lệ hoàn thành chương trình", "tr"),
        P("Mầm non | 35 | 11.240 | 100%", "tr"),
        P("Tiểu học | 36 | 17.815 | 99,9%", "tr"),
        P("THCS | 35 | 13.102 | 99,6%", "tr"),
        P("2. Công tác thi đua, khen thưởng", "h"),
        P(
            "Toàn ngành có 28 tập thể lao động xuất sắc, 15 chiến sĩ thi đua cơ sở; 148 học sinh đạt "
            "giải học sinh giỏi cấp tỉnh, xếp thứ ba toàn tỉnh.",
            "word",
        ),
        Img(
            "/images/stories/2026/tongket/khen_thuong.jpg",
            "Trao Giấy khen cho các tập thể lao động xuất sắc",
            "Trao Giấy khen cho các tập thể lao động xuất sắc",
            "mos-right",
        ),
        PAGEBREAK,
        P("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC 2026-2027", "h"),
        P("Hội nghị thống nhất các nhiệm vụ trọng tâm sau:", "word"),
        P("Tiếp tục thực hiện Chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp;", "li"),
        P("Đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý và dạy học;", "li"),
        P("Nâng cao chất lượng đội ngũ, chú trọng bồi dưỡng giáo viên cốt cán;", "li"),
        P("Phấn đấu có thêm 3 trường đạt chuẩn quốc gia trong năm học.", "li"),
        P(
            "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện ghi nhận những kết quả ngành đạt được "
            "và đề nghị các nhà trường chủ động tham mưu với cấp ủy, chính quyền địa phương để hoàn "
            "thành tốt nhiệm vụ năm học mới.",
            "word",
        ),
        Raw('<p align="right"><strong>Tổ Văn phòng</strong></p>'),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "writer": "Administrator",
        "modified": "2026-10-23T16:20:00+07:00",
        "intro": 1,
        "toc": ["Tổng quan", "Kết quả cụ thể", "Phương hướng"],
    },
)

S134 = Story(
    id=134,
    slug="olympic-tieng-anh",
    title="Giao lưu “Olympic Tiếng Anh” cấp huyện dành cho học sinh tiểu học",
    cat="Tin hoạt động",
    published_at="2026-10-15T07:45:00+07:00",
    blocks=[
        P(
            "Ngày 12/10/2026, tại Trường Tiểu học Thị trấn Yên Định, Phòng GD&ĐT tổ chức giao lưu "
            "“Olympic Tiếng Anh” cấp huyện cho học sinh lớp 4, lớp 5."
        ),
        Img(
            "images/stories/2026/olympic_ta/giao_luu_ta.jpg",
            "Học sinh Trường TH Hải Phong tham gia phần thi hùng biện",
            "Học sinh Trường TH Hải Phong tham gia phần thi hùng biện",
            "inline",
        ),
        P(
            "Tham gia giao lưu có 144 học sinh đến từ 36 trường tiểu học. Các em trải qua ba phần thi: "
            "nghe hiểu, đọc hiểu và hùng biện theo chủ đề “My hometown”."
        ),
        P(
            "Ban tổ chức đã trao 6 giải Nhất, 12 giải Nhì, 20 giải Ba và 30 giải Khuyến khích cho các "
            "học sinh xuất sắc."
        ),
        Raw('<p align="right"><strong>PGD</strong></p>'),
    ],
    authors=["PGD"],
    opts={"writer": "Admin", "modified": None, "intro": 1, "nfd": True},
)

S121 = Story(
    id=121,
    slug="khai-giang",
    title="Các trường học trên địa bàn huyện Hải Hậu tưng bừng khai giảng năm học mới",
    cat="Tin hoạt động",
    published_at="2026-09-05T16:00:00+07:00",
    blocks=[
        Img(
            "/images/stories/2026/khai_giang_1.jpg",
            "Lễ khai giảng tại Trường THCS Vũ Văn Hiếu",
            "Lễ khai giảng tại Trường THCS Vũ Văn Hiếu",
            "mos",
        ),
        P(
            "Sáng ngày 5/9/2026, cùng với học sinh cả nước, hơn 42.000 học sinh các cấp học trên địa "
            "bàn huyện Hải Hậu nô nức bước vào năm học mới 2026-2027."
        ),
        P(
            "Tại các trường, lễ khai giảng được tổ chức trang trọng, ngắn gọn. Các đại biểu đã đánh "
            "trống khai trường, tặng quà cho học sinh có hoàn cảnh khó khăn và học sinh đạt thành "
            "tích cao trong năm học trước."
        ),
        Img(
            "/images/stories/2026/khai_giang_2.jpg",
            "Các em học sinh lớp 1 Trường TH Hải Anh trong ngày khai trường",
            "Các em học sinh lớp 1 Trường TH Hải Anh trong ngày khai trường",
            "mos-right",
        ),
        P(
            "Trước đó, cán bộ, giáo viên các trường đã tập trung từ ngày 25/8/2026 theo thông báo của "
            "Phòng GD&ĐT để chuẩn bị cơ sở vật chất, trang trí trường lớp.",
            "link:index.php?option=com_content&task=view&id=119&Itemid=48|thông báo của Phòng GD&ĐT",
        ),
        P(
            "Năm học 2026-2027, ngành GD&ĐT huyện tiếp tục thực hiện chủ đề “Đổi mới, sáng tạo, nâng "
            "cao chất lượng giáo dục”, phấn đấu hoàn thành tốt các chỉ tiêu đề ra."
        ),
        Raw('<p align="right"><strong>Tin: Đỗ Minh Tuấn</strong></p>'),
    ],
    authors=["Đỗ Minh Tuấn"],
    opts={"writer": "Admin", "modified": None, "intro": 2, "entity_title": True, "entity_body": 2},
)


# --- Chuyên môn (category 8, Itemid 47) --------------------------------------------------------

S144 = Story(
    id=144,
    slug="kiem-tra-hk1-thcs",
    title="Hướng dẫn kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 cấp THCS",
    cat="Chuyên môn",
    published_at="2026-11-23T10:30:00+07:00",
    blocks=[
        P(
            "Căn cứ Thông tư số 22/2021/TT-BGDĐT của Bộ GD&ĐT, Phòng GD&ĐT hướng dẫn các trường THCS tổ "
            "chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 nghiêm túc, khách quan, đúng quy "
            "chế.",
            "lead",
        ),
        P("1. Thời gian kiểm tra", "h"),
        P(
            "Các trường tổ chức kiểm tra tập trung từ ngày 22/12/2026 đến ngày 03/01/2027. Riêng các "
            "môn Ngữ văn, Toán, Tiếng Anh lớp 9 kiểm tra theo đề chung của Phòng vào ngày 29/12/2026."
        ),
        P("2. Hình thức và đề kiểm tra", "h"),
        P("Môn Ngữ văn: tự luận, thời gian 90 phút;", "oli"),
        P("Môn Toán: kết hợp trắc nghiệm và tự luận, thời gian 90 phút;", "oli"),
        P("Môn Tiếng Anh: trắc nghiệm kết hợp tự luận, thời gian 60 phút;", "oli"),
        P(
            "Các môn còn lại: do nhà trường ra đề theo ma trận và bản đặc tả đã thống nhất trong tổ "
            "chuyên môn.",
            "oli",
        ),
        P("3. Báo cáo kết quả", "h"),
        P(
            "Các trường nhập điểm trên phần mềm quản lý trường học và gửi báo cáo thống kê chất lượng "
            "về Phòng (bộ phận THCS) trước ngày 10/01/2027."
        ),
        Raw(
            '<p>File đính kèm: <a href="images/stories/vanban/2026/hd_kthk1_thcs.doc">'
            "hd_kthk1_thcs.doc</a></p>"
        ),
    ],
    authors=["Bộ phận THCS"],
    summary=(
        "Căn cứ Thông tư số 22/2021/TT-BGDĐT của Bộ GD&ĐT, Phòng GD&ĐT hướng dẫn các trường THCS tổ "
        "chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027 nghiêm túc, khách quan, đúng quy "
        "chế."
    ),
    opts={"writer": "Bộ phận THCS", "modified": None, "intro": 1, "frontpage": True},
)

S138 = Story(
    id=138,
    slug="nghien-cuu-bai-hoc",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường THCS số 2",
    cat="Chuyên môn",
    published_at="2026-11-05T14:00:00+07:00",
    blocks=[
        P(
            "Ngày 3/11/2026, tại Trường THCS Hải Bắc, cụm chuyên môn số 2 tổ chức sinh hoạt chuyên môn "
            "theo nghiên cứu bài học môn Khoa học tự nhiên lớp 8."
        ),
        Img(
            "/images/stories/2026/cm/sh_cum2_1.jpg",
            "Tiết dạy minh họa của cô giáo Nguyễn Thị Mai",
            "Tiết dạy minh họa của cô giáo Nguyễn Thị Mai",
            "mos",
        ),
        P(
            "Tham dự buổi sinh hoạt có chuyên viên Phòng GD&ĐT phụ trách môn Khoa học tự nhiên, lãnh "
            "đạo và giáo viên 7 trường THCS trong cụm."
        ),
        P(
            "Sau tiết dạy minh họa, các thầy cô tập trung phân tích hoạt động học của học sinh, chỉ ra "
            "những khó khăn học sinh gặp phải và đề xuất điều chỉnh cách tổ chức hoạt động nhóm."
        ),
        Img(
            "/images/stories/2026/cm/sh_cum2_2.jpg",
            "Các giáo viên trong cụm thảo luận sau tiết dạy",
            "Các giáo viên trong cụm thảo luận sau tiết dạy",
            "mos-right",
        ),
        P(
            "Buổi sinh hoạt giúp giáo viên chuyển trọng tâm từ việc đánh giá giờ dạy của giáo viên sang "
            "quan sát, đánh giá việc học của học sinh.",
            "div",
        ),
        Raw('<p align="right"><b><i>Bài và ảnh: Lê Thu Hằng (THCS Hải Bắc)</i></b></p>'),
    ],
    authors=["Lê Thu Hằng"],
    photographers=["Lê Thu Hằng"],
    opts={"writer": "Admin", "modified": None, "intro": 1},
)

S125 = Story(
    id=125,
    slug="boi-duong-hsg-9",
    title="Kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026-2027",
    cat="Chuyên môn",
    published_at="2026-09-18T08:00:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao chất lượng giáo dục mũi nhọn, Phòng GD&ĐT xây dựng kế hoạch bồi dưỡng đội "
            "tuyển học sinh giỏi lớp 9 cấp huyện tham dự kỳ thi chọn học sinh giỏi cấp tỉnh năm học "
            "2026-2027."
        ),
        P(
            "Đội tuyển được chọn qua kỳ khảo sát ngày 12/9/2026, gồm 120 học sinh thuộc 10 môn thi. "
            "Lịch bồi dưỡng cụ thể như sau:"
        ),
        P("Môn | Địa điểm | Thời gian", "tr"),
        P("Toán, Vật lí, Hóa học | THCS Vũ Văn Hiếu | Thứ Bảy, Chủ nhật hằng tuần", "tr"),
        P("Ngữ văn, Lịch sử, Địa lí | THCS Thị trấn Yên Định | Thứ Bảy, Chủ nhật hằng tuần", "tr"),
        P("Tiếng Anh, Sinh học, Tin học | THCS Hải Châu | Chiều thứ Tư và Chủ nhật", "tr"),
        P(
            "Thời gian bồi dưỡng từ ngày 21/9/2026 đến khi thi. Kế hoạch này thay thế Kế hoạch số "
            "45/KH-PGDĐT ngày 25/8/2026.",
            "link:/content/view/99/45/|Kế hoạch số 45/KH-PGDĐT",
        ),
        P(
            "Các trường có học sinh trong đội tuyển tạo điều kiện để học sinh tham gia đầy đủ; giáo "
            "viên bồi dưỡng được tính giờ theo quy định."
        ),
    ],
    authors=["Vũ Thị Lan"],
    opts={"writer": "Vũ Thị Lan", "modified": "2026-09-20T07:30:00+07:00", "intro": 1},
)


# --- Thông báo (category 9, Itemid 48) ---------------------------------------------------------

S145 = Story(
    id=145,
    slug="tam-dung-van-bang",
    title="Thông báo tạm dừng tiếp nhận hồ sơ cấp bản sao văn bằng",
    cat="Thông báo",
    published_at="2026-11-24T16:45:00+07:00",
    blocks=[
        P(
            "Do chuyển đổi phần mềm quản lý văn bằng, chứng chỉ, Phòng GD&ĐT tạm dừng tiếp nhận hồ sơ "
            "cấp bản sao bằng tốt nghiệp THCS từ ngày 26/11 đến hết ngày 30/11/2026."
        ),
        P(
            "Từ ngày 01/12/2026, việc tiếp nhận hồ sơ trở lại bình thường tại Bộ phận một cửa UBND "
            "huyện."
        ),
    ],
    opts={"writer": "Admin", "modified": None, "intro": 1},
)

S137 = Story(
    id=137,
    slug="ket-qua-gvcn-gioi",
    title="Thông báo kết quả Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc tiểu học",
    cat="Thông báo",
    published_at="2026-10-30T11:00:00+07:00",
    blocks=[
        P(
            "Căn cứ biên bản chấm thi của Ban giám khảo, Phòng GD&ĐT thông báo kết quả Hội thi giáo "
            "viên chủ nhiệm lớp giỏi cấp huyện bậc tiểu học năm học 2026-2027 như sau:"
        ),
        P("Tổng số giáo viên dự thi: 72 giáo viên của 36 trường;", "li"),
        P("Số giáo viên đạt giải: 48 (10 giải Nhất, 14 giải Nhì, 24 giải Ba);", "li"),
        P("Số giáo viên được công nhận giáo viên chủ nhiệm lớp giỏi cấp huyện: 48.", "li"),
        P(
            "Danh sách chi tiết xem trong file đính kèm. Các trường có ý kiến phản hồi gửi về Phòng "
            "(bộ phận Tiểu học) trước ngày 05/11/2026."
        ),
        Raw(
            '<p><strong>File đính kèm:</strong> <a href="images/stories/vanban/2026/'
            'kq_gvcn_gioi_th.xls">kq_gvcn_gioi_th.xls</a></p>'
        ),
    ],
    opts={"writer": "Administrator", "modified": "2026-11-02T07:50:00+07:00", "intro": 1},
)

S119 = Story(
    id=119,
    slug="lich-tap-trung",
    title="Thông báo lịch tập trung cán bộ, giáo viên chuẩn bị năm học 2026-2027",
    cat="Thông báo",
    published_at="2026-08-20T09:00:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch thời gian năm học 2026-2027 của UBND tỉnh, Phòng GD&ĐT thông báo lịch "
            "tập trung cán bộ, giáo viên các trường như sau:"
        ),
        P(
            "Cán bộ, giáo viên, nhân viên các trường mầm non, tiểu học, THCS: tập trung từ ngày 25/8/2026;",
            "li",
        ),
        P("Học sinh tựu trường: ngày 01/9/2026;", "li"),
        P("Khai giảng năm học mới: ngày 05/9/2026.", "li"),
        P(
            "Hiệu trưởng các trường chủ động xây dựng kế hoạch chuẩn bị cơ sở vật chất, vệ sinh trường "
            "lớp, bảo đảm an toàn cho học sinh trước ngày khai giảng."
        ),
    ],
    opts={"writer": "Admin", "modified": None, "intro": 1, "entity_title": True, "entity_body": 2},
)

STORIES = [S145, S144, S143, S142, S139, S138, S137, S136, S130, S134, S125, S121, S119]
BY_ID = {s.id: s for s in STORIES}


def cat_itemid(story: Story) -> int:
    return CATEGORIES[CAT_ID[story.cat]][1]


def in_category(cid: int) -> list[Story]:
    """A category's published items, newest first (the blogs' ordering)."""
    return sorted(
        (s for s in STORIES if CAT_ID[s.cat] == cid), key=lambda s: s.published_at, reverse=True
    )


NEWS = sorted(STORIES, key=lambda s: s.published_at, reverse=True)


# --- not articles: the "Văn bản" section's document entries and the static content -------------

#: document entries of section 3 "Văn bản", category 12 "Văn bản của Phòng" (Itemid 44)
DOCUMENTS = {
    150: {
        "title": "Công văn số 512/PGDĐT-THCS về việc tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện",
        "created": "2026-11-12T15:10:00+07:00",
        "rows": [
            ("Số/Ký hiệu", "512/PGDĐT-THCS"),
            ("Ngày ban hành", "12/11/2026"),
            ("Người ký", "Nguyễn Đức Thắng"),
            ("Trích yếu", "V/v tổ chức thi chọn học sinh giỏi lớp 9 cấp huyện năm học 2026-2027"),
        ],
        "file": "images/stories/vanban/2026/cv512_thcs.pdf",
    },
    151: {
        "title": "Quyết định số 215/QĐ-PGDĐT thành lập Ban giám khảo Hội thi giáo viên chủ nhiệm lớp giỏi",
        "created": "2026-10-02T10:25:00+07:00",
        "rows": [
            ("Số/Ký hiệu", "215/QĐ-PGDĐT"),
            ("Ngày ban hành", "01/10/2026"),
            ("Người ký", "Nguyễn Đức Thắng"),
            ("Trích yếu", "Thành lập Ban giám khảo Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện"),
        ],
        "file": "images/stories/vanban/2026/qd215_bgk.pdf",
    },
}

INTRO_HTML = """<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HẢI HẬU</strong></p>
<p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Hải Hậu, tham mưu giúp UBND
huyện quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Trụ sở: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định.</p>
<p><strong>Lãnh đạo Phòng</strong></p>
<ul>
<li>Trưởng phòng: Nguyễn Đức Thắng</li>
<li>Phó Trưởng phòng: Phạm Văn Khánh (phụ trách THCS)</li>
<li>Phó Trưởng phòng: Trần Thị Nhung (phụ trách Mầm non, Tiểu học)</li>
</ul>
<p>Toàn huyện có 106 trường mầm non, tiểu học và THCS công lập với hơn 2.900 cán bộ, giáo viên,
nhân viên.</p>"""

DIRECTORY = [
    ("Phòng GD&ĐT huyện Hải Hậu", "0228.3877.215", "pgdhaihau@namdinh.edu.vn"),
    ("Trường THCS Vũ Văn Hiếu", "0228.3877.466", "c2vuvanhieu@namdinh.edu.vn"),
    ("Trường THCS Thị trấn Yên Định", "0228.3877.318", "c2yendinh@namdinh.edu.vn"),
    ("Trường THCS Hải Bắc", "0228.3878.120", "c2haibac@namdinh.edu.vn"),
    ("Trường THCS Hải Châu", "0228.3879.045", "c2haichau@namdinh.edu.vn"),
    ("Trường Tiểu học Hải Anh", "0228.3878.652", "c1haianh@namdinh.edu.vn"),
    ("Trường Tiểu học Thị trấn Yên Định", "0228.3877.390", "c1yendinh@namdinh.edu.vn"),
]

#: static content items: id -> (Itemid, title, html)
STATIC = {
    5: (26, "Giới thiệu Phòng GD&ĐT Hải Hậu", INTRO_HTML),
    6: (27, "Danh bạ điện thoại các đơn vị", None),
}


# --- gold (written by hand; see the module docstring for each decision) ------------------------


def _three(story_id: int, itemid: int) -> dict:
    """The gold path and the two other addresses the portal links the same article at."""
    return {
        "path": f"/content/view/{story_id}/{itemid}/",
        "alt_paths": [
            f"/content/view/{story_id}/46/",
            f"/index.php?option=com_content&task=view&id={story_id}&Itemid={itemid}",
        ],
    }


def _gold(story: Story, itemid: int, category: str) -> dict:
    where = _three(story.id, itemid)
    # image_page "/": the page's <base href> is the site root, so relative srcs resolve there
    return gold_record(story, where["path"], category, alt_paths=where["alt_paths"], image_page="/")


GOLD = [
    _gold(S145, 48, "Thông báo"),
    _gold(S144, 47, "Chuyên môn"),
    _gold(S143, 45, "Tin hoạt động"),
    _gold(S142, 45, "Tin hoạt động"),
    _gold(S139, 45, "Tin hoạt động"),
    _gold(S138, 47, "Chuyên môn"),
    _gold(S137, 48, "Thông báo"),
    _gold(S136, 45, "Tin hoạt động"),
    _gold(S130, 45, "Tin hoạt động"),
    _gold(S134, 45, "Tin hoạt động"),
    _gold(S125, 47, "Chuyên môn"),
    _gold(S121, 45, "Tin hoạt động"),
    _gold(S119, 48, "Thông báo"),
]

NON_ARTICLES = [
    "/content/view/5/26/",  # Giới thiệu (static content)
    "/content/view/6/27/",  # Danh bạ (static content: a table of schools and phones)
    "/component/option,com_contact/Itemid,12/",  # Liên hệ (contact details and form)
    "/component/option,com_poll/task,results/id,14/",  # poll results
    "/content/section/3/44/",  # Văn bản (section table)
    "/content/view/150/44/",  # document entry: Công văn 512
    "/content/view/151/44/",  # document entry: Quyết định 215
]


# --- the article text as the editors' markup ---------------------------------------------------

#: the alt text typed in the {mosimage} dialog (the file name when nobody typed one)
ALTS = {
    "/images/stories/2026/20-11/ky_niem_2011_2.jpg": "Tuyên dương giáo viên tiêu biểu",
    "/images/stories/2026/khai_giang_1.jpg": "khai giang",
}
_WORD_SPAN = '<span style="font-size: 10pt; font-family: Arial;">{}</span>'


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=story.opts.get("entity_body", 0))


def _paragraph(story: Story, block: P) -> str:
    style = block.style
    if style.startswith("link:"):
        href, phrase = style[5:].split("|", 1)
        before, after = block.text.split(phrase, 1)
        inner = (
            f'{_t(story, before)}<a href="{esc(href)}">{_t(story, phrase)}</a>{_t(story, after)}'
        )
        return f"<p>{inner}</p>"
    inner = _t(story, block.text)
    if style == "word":
        return f'<p class="MsoNormal" style="text-align: justify;">{_WORD_SPAN.format(inner)}</p>'
    if style == "h":
        return f'<p class="MsoNormal"><strong>{_WORD_SPAN.format(inner)}</strong></p>'
    if style == "lead":
        return f"<p><strong>{inner}</strong></p>"
    if style == "div":
        return f"<div>{inner}</div>"
    return f'<p style="text-align: justify;">{inner}</p>'


def _image(story: Story, img: Img, host: str) -> str:
    stem = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if img.style == "inline":
        tag = f'<p style="text-align: center;"><img src="{esc(img.src)}" alt="" width="450" height="300" /></p>'
        if img.printed:
            tag += f'\n<p style="text-align: center;"><em>{_t(story, img.printed)}</em></p>'
        return tag
    side = "right" if img.style == "mos-right" else "left"
    alt = _t(story, ALTS.get(img.src, stem))
    tag = (
        f'<img src="{host}{esc(img.src)}" width="300" height="225" align="{side}" hspace="6" '
        f'alt="{alt}" title="{alt}" border="0" />'
    )
    if not img.printed:
        return tag
    return (
        f'<div class="mosimage" style="float: {side}; width: 300px; border-width: 0px; margin: 5px;" '
        f'align="center">{tag}<div class="mosimage_caption" style="width: 300px; text-align: left;" '
        f'align="left">{_t(story, img.printed)}</div></div>'
    )


def _table(story: Story, rows: list[P]) -> str:
    out = [
        '<table class="MsoNormalTable" style="border-collapse: collapse; border: medium none;" '
        'border="1" cellspacing="0" cellpadding="0">',
        "<tbody>",
    ]
    for n, row in enumerate(rows):
        cells = []
        for cell in row.text.split(" | "):
            inner = _WORD_SPAN.format(_t(story, cell))
            if n == 0:
                inner = f"<strong>{inner}</strong>"
            cells.append(
                '<td style="border: 1pt solid windowtext; padding: 0cm 5.4pt;" valign="top">'
                f'<p class="MsoNormal" style="text-align: center;" align="center">{inner}</p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def render_blocks(story: Story, blocks: list, host: str) -> str:
    """Blocks as TinyMCE 2 and the {mosimage} bot print them; list items and Word table rows
    grouped into their list and table."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P) and block.style in ("li", "oli", "tr"):
            group = [block]
            while (
                i + 1 < len(blocks)
                and isinstance(blocks[i + 1], P)
                and blocks[i + 1].style == block.style
            ):
                i += 1
                group.append(blocks[i])
            if block.style == "tr":
                out.append(_table(story, group))
            else:
                tag = "ol" if block.style == "oli" else "ul"
                items = "".join(f"<li>{_t(story, b.text)}</li>" for b in group)
                out.append(f"<{tag}>{items}</{tag}>")
        elif isinstance(block, P):
            out.append(_paragraph(story, block))
        elif isinstance(block, Img):
            out.append(_image(story, block, host))
        elif block is not PAGEBREAK:
            out.append(_mix(story, block.html))
        i += 1
    return "\n".join(out)


def _mix(story: Story, markup: str) -> str:
    """Raw markup (bylines, attachment lines) in the story's text form."""
    step = story.opts.get("entity_body", 0)
    return entity_mix(markup, step) if step else markup


def pages_of(story: Story) -> list[list]:
    """The article's {mospagebreak} pages (one page for most)."""
    pages: list[list] = [[]]
    for block in story.blocks:
        if block is PAGEBREAK:
            pages.append([])
        else:
            pages[-1].append(block)
    return pages


def title_html(story: Story) -> str:
    return ent(story.title) if story.opts.get("entity_title") else esc(story.title)


# --- the template (jv_giaoduc_xanh) and its modules --------------------------------------------


def view_url(host: str, item_id: int, itemid: int) -> str:
    """sefRelToAbs of an item link: absolute, as Joomla 1.0 printed every SEF link."""
    return f"{host}/content/view/{item_id}/{itemid}/"


def _module(title: str, inner: str, suffix: str = "") -> str:
    return (
        f'<table cellpadding="0" cellspacing="0" class="moduletable{suffix}">\n'
        f'<tr><th valign="top">{title}</th></tr>\n<tr><td>\n{inner}\n</td></tr>\n</table>'
    )


def _mainmenu(host: str) -> str:
    items = [
        (f"{host}/", "Trang chủ"),
        (f"{host}/content/view/5/26/", "Giới thiệu"),
        (f"{host}/content/blogsection/1/46/", "Tin tức"),
        (f"{host}/content/blogcategory/7/45/", "Tin hoạt động"),
        (f"{host}/content/blogcategory/8/47/", "Chuyên môn"),
        (f"{host}/content/blogcategory/9/48/", "Thông báo"),
        (f"{host}/content/section/3/44/", "Văn bản"),
        (f"{host}/content/view/6/27/", "Danh bạ"),
        (f"{host}/component/option,com_contact/Itemid,12/", "Liên hệ"),
    ]
    rows = "\n".join(
        f'<tr align="left"><td><a href="{href}" class="mainlevel">{esc(label)}</a></td></tr>'
        for href, label in items
    )
    return f'<table width="100%" border="0" cellpadding="0" cellspacing="0">\n{rows}\n</table>'


def _topmenu(host: str) -> str:
    items = [
        (f"{host}/", "Trang chủ"),
        (f"{host}/content/view/5/26/", "Giới thiệu"),
        (f"{host}/content/blogsection/1/46/", "Tin tức"),
        (f"{host}/content/section/3/44/", "Văn bản"),
        (f"{host}/component/option,com_contact/Itemid,12/", "Liên hệ"),
    ]
    lis = "".join(f'<li><a href="{h}" class="mainlevel-nav">{esc(t)}</a></li>' for h, t in items)
    return f'<ul id="mainlevel-nav">{lis}</ul>'


def _login(host: str) -> str:
    return f"""<form action="{host}/index.php" method="post" name="login">
<table width="100%" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><label for="mod_login_username">{LANG["username"]}</label><br />
<input name="username" id="mod_login_username" type="text" class="inputbox" alt="username" size="10" /><br />
<label for="mod_login_password">{LANG["password"]}</label><br />
<input type="password" id="mod_login_password" name="passwd" class="inputbox" size="10" alt="password" /><br />
<input type="checkbox" name="remember" id="mod_login_remember" class="inputbox" value="yes" alt="Remember Me" />
<label for="mod_login_remember">{LANG["remember"]}</label><br />
<input type="submit" name="Submit" class="button" value="{LANG["login"]}" /></td></tr>
<tr><td><a href="{host}/component/option,com_registration/task,lostPassword/">{LANG["lost"]}</a></td></tr>
<tr><td>{LANG["no_account"]} <a href="{host}/component/option,com_registration/task,register/">{LANG["register"]}</a></td></tr>
</table>
<input type="hidden" name="option" value="login" />
<input type="hidden" name="op2" value="login" />
<input type="hidden" name="return" value="{host}/" />
<input type="hidden" name="lang" value="vietnamese" />
<input type="hidden" name="message" value="0" />
<input type="hidden" name="j4e8d0a6a2e3f1c9b7d5e" value="1" />
</form>"""


POLL_OPTIONS = [
    ("Rất hữu ích", 118),
    ("Hữu ích", 84),
    ("Bình thường", 27),
    ("Cần cải thiện thêm", 7),
]


def _poll(host: str) -> str:
    options = "\n".join(
        f'<tr><td class="sectiontableentry{n % 2 + 1}" valign="top"><input type="radio" name="voteid" '
        f'id="voteid{60 + n}" value="{60 + n}" alt="{60 + n}" /><label for="voteid{60 + n}">'
        f"{esc(label)}</label></td></tr>"
        for n, (label, _votes) in enumerate(POLL_OPTIONS)
    )
    results = f"{host}/component/option,com_poll/task,results/id,14/"
    return f"""<form name="form2" method="post" action="{host}/component/option,com_poll/">
<table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll">
<thead><tr><td style="font-weight: bold;">Bạn đánh giá thế nào về website của Phòng GD&amp;ĐT?</td></tr></thead>
<tr><td align="center"><table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">
{options}
</table></td></tr>
<tr><td><div align="center"><input type="submit" name="task_button" class="button" value="{LANG["vote"]}" />&nbsp;&nbsp;
<input type="button" name="option" class="button" value="{LANG["poll_results"]}" onclick="document.location.href='{results}';" />
</div></td></tr>
</table>
<input type="hidden" name="id" value="14" />
<input type="hidden" name="task" value="vote" />
</form>"""


def _latest(host: str) -> str:
    lis = "\n".join(
        f'<li class="latestnews"><a href="{view_url(host, s.id, SECTION_ITEMID)}" class="latestnews">'
        f"{title_html(s)}</a></li>"
        for s in NEWS[:5]
    )
    return f'<ul class="latestnews">\n{lis}\n</ul>'


def _links() -> str:
    sites = [
        ("http://www.moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
        ("http://www.namdinh.edu.vn", "Sở GD&ĐT Nam Định"),
        ("http://www.haihau.namdinh.gov.vn", "UBND huyện Hải Hậu"),
        ("http://www.violet.vn", "Thư viện Violet"),
    ]
    opts = "".join(f'<option value="{u}">{esc(t)}</option>' for u, t in sites)
    return (
        '<form name="lienket"><select name="url" class="inputbox" style="width: 160px;" '
        "onchange=\"if (this.value) window.open(this.value,'_blank');\">"
        f'<option value="">-- Liên kết website --</option>{opts}</select></form>'
    )


def _stats() -> str:
    return (
        "<strong>Thành viên:</strong> 9<br />\n<strong>Tin bài:</strong> 412<br />\n"
        "<strong>Liên kết web:</strong> 6<br />\n<strong>Lượt truy cập:</strong> 1528342"
    )


def pathway(host: str, trail: list[tuple[str, str | None]]) -> str:
    """Joomla 1.0's pathway: "Trang chủ", then each step, joined by the template's arrow image."""
    arrow = f' <img src="{host}{TEMPLATE}/images/arrow.png" border="0" alt="arrow" /> '
    parts = [f'<a href="{host}/" class="pathway">{LANG["home"]}</a>']
    for label, href in trail:
        parts.append(f'<a href="{href}" class="pathway">{label}</a>' if href else label)
    return f'<span class="pathway">{arrow.join(parts)} </span>'


def layout(
    request: Request,
    title: str,
    trail: list[tuple[str, str | None]],
    component: str,
    metas: str = "",
) -> str:
    """The whole page: head, header, three columns, footer. ``title`` is already markup."""
    host = base_url(request)
    return f"""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(SITE_NAME)} - {title}</title>
<meta name="description" content="Phòng Giáo dục và Đào tạo huyện Hải Hậu - tỉnh Nam Định" />
<meta name="keywords" content="giáo dục, Hải Hậu, Nam Định, phòng giáo dục" />
{metas}<meta name="Generator" content="Joomla! - Copyright (C) 2005 - 2007 Open Source Matters. All rights reserved." />
<meta name="robots" content="index, follow" />
<base href="{host}/" />
<link rel="shortcut icon" href="{host}/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="{host}{TEMPLATE}/css/template_css.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{host}/includes/js/joomla.javascript.js"></script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
<tr><td colspan="3" id="header">
<a href="index.php?option=com_frontpage&amp;Itemid=1"><img src="{host}{TEMPLATE}/images/banner.jpg" width="960" height="150" border="0" alt="Phòng Giáo dục và Đào tạo huyện Hải Hậu" /></a>
<div id="date">{header_date()}</div>
</td></tr>
<tr><td colspan="3" id="topmenu">{_topmenu(host)}</td></tr>
<tr>
<td id="left" valign="top" width="200">
{_module("Menu chính", _mainmenu(host), "_menu")}
{_module(LANG["login"], _login(host))}
{_module("Thăm dò ý kiến", _poll(host))}
</td>
<td id="main" valign="top">
<div id="pathway">{pathway(host, trail)}</div>
<div id="component">
{component}
</div>
</td>
<td id="right" valign="top" width="200">
{_module("Tin mới", _latest(host))}
{_module("Ai đang trực tuyến", LANG["online"])}
{_module("Thống kê truy cập", _stats())}
{_module("Liên kết website", _links())}
{_module("RSS", f'<div class="syndicate"><a href="{host}/index2.php?option=com_rss&amp;feed=RSS2.0&amp;no_html=1"><img src="{host}/images/M_images/rss20.gif" alt="RSS 2.0" border="0" /></a></div>')}
</td>
</tr>
<tr><td colspan="3" id="footer">
<div align="center">Phòng GD&amp;ĐT huyện Hải Hậu — Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định<br />
Điện thoại: 0228.3877.215 - Fax: 0228.3877.216 - Email: pgdhaihau@namdinh.edu.vn<br />
Chịu trách nhiệm: Trưởng phòng Nguyễn Đức Thắng<br />
<a href="http://www.joomla.org">Powered by Joomla!</a>. Joomla! là Phần mềm Tự do ban hành theo giấy phép GNU/GPL.</div>
</td></tr>
</table>
</body>
</html>
<!-- 1764064112 -->"""


# --- com_content: items ------------------------------------------------------------------------


def _popup(href: str) -> str:
    return (
        f'href="{href}" target="_blank" onclick="window.open(this.href,\'win2\',\'status=no,'
        "toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,"
        "directories=no,location=no'); return false;\""
    )


def _buttons(host: str, item_id: int, itemid: int) -> str:
    pdf = f"{host}/index2.php?option=com_content&amp;do_pdf=1&amp;id={item_id}"
    prt = (
        f"{host}/index2.php?option=com_content&amp;task=view&amp;id={item_id}&amp;pop=1&amp;page=0"
        f"&amp;Itemid={itemid}"
    )
    mail = f"{host}/index2.php?option=com_content&amp;task=emailform&amp;id={item_id}"
    icons = [
        (pdf, "PDF", "pdf_button.png"),
        (prt, LANG["print"], "printButton.png"),
        (mail, LANG["email"], "emailButton.png"),
    ]
    return "\n".join(
        f'<td align="right" width="100%" class="buttonheading"><a {_popup(href)} title="{label}">'
        f'<img src="{host}/images/M_images/{icon}" alt="{label}" name="{label}" align="middle" '
        'border="0" /></a></td>'
        for href, label, icon in icons
    )


def _heading(host: str, title: str, item_id: int, itemid: int, link: str | None = None) -> str:
    shown = f'<a href="{link}" class="contentpagetitle">{title}</a>' if link else title
    return (
        '<table class="contentpaneopen">\n<tr>\n'
        f'<td class="contentheading" width="100%">{shown}</td>\n'
        f"{_buttons(host, item_id, itemid)}\n</tr>\n</table>"
    )


def _info_rows(writer: str | None, created: str | None) -> str:
    rows = []
    if writer is not None:
        rows.append(
            '<tr><td width="70%" align="left" valign="top" colspan="2">'
            f'<span class="small">{LANG["written_by"]} {esc(writer)}</span>&nbsp;&nbsp;</td></tr>'
        )
    if created is not None:
        rows.append(
            f'<tr><td valign="top" colspan="2" class="createdate">{jdate(created)}</td></tr>'
        )
    return "\n".join(rows)


def _modified_row(modified: str | None) -> str:
    if not modified:
        return ""
    return (
        '<tr><td colspan="2" align="left" class="modifydate">'
        f"{LANG['last_updated']} ( {jdate(modified)} )</td></tr>"
    )


def _toc(host: str, story: Story, itemid: int, page_no: int) -> str:
    rows = []
    for n, label in enumerate(story.opts["toc"]):
        href = view_url(host, story.id, itemid) + (f"1/{n}/" if n else "")
        cell = label if n == page_no else f'<a href="{href}" class="toclink">{esc(label)}</a>'
        rows.append(f"<tr><td>{cell}</td></tr>")
    return (
        '<table cellpadding="0" cellspacing="0" class="contenttoc" align="right">\n'
        f"<tr><th>{LANG['toc']}</th></tr>\n" + "\n".join(rows) + "\n</table>"
    )


def _page_nav(host: str, story: Story, itemid: int, page_no: int, count: int) -> str:
    def href(n: int) -> str:
        return view_url(host, story.id, itemid) + (f"1/{n}/" if n else "")

    links = []
    if page_no > 0:
        links.append(f'<a href="{href(page_no - 1)}">&lt;&lt; {LANG["prev"]}</a>')
    if page_no < count - 1:
        links.append(f'<a href="{href(page_no + 1)}">{LANG["next"]} &gt;&gt;</a>')
    return f'<div class="pagenavbar"><div>{" - ".join(links)}</div></div>'


def _neighbours(host: str, story: Story, itemid: int) -> str:
    """The pagenav "< Trước   Tiếp >" and the template's newer/older lists, in the category."""
    siblings = in_category(CAT_ID[story.cat])
    at = siblings.index(story)
    newer, older = siblings[:at][-5:], siblings[at + 1 : at + 6]
    nav = ['<table align="center" style="margin-top: 25px;"><tr>']
    if newer:
        nav.append(
            f'<th class="pagenav_prev"><a href="{view_url(host, newer[-1].id, itemid)}">'
            f'&lt; {LANG["prev"]}</a></th><td width="50">&nbsp;</td>'
        )
    if older:
        nav.append(
            f'<th class="pagenav_next"><a href="{view_url(host, older[0].id, itemid)}">'
            f"{LANG['next']} &gt;</a></th>"
        )
    nav.append("</tr></table>")

    def lines(items: list[Story]) -> str:
        return "".join(
            f'<li><a href="{view_url(host, s.id, itemid)}">{title_html(s)}</a> '
            f'<span class="small">({short_date(s.published_at)})</span></li>'
            for s in items
        )

    related = ['<div class="jv_related">']
    if newer:
        related.append(f'<strong>{LANG["newer"]}</strong><ul class="related">{lines(newer)}</ul>')
    if older:
        related.append(f'<strong>{LANG["older"]}</strong><ul class="related">{lines(older)}</ul>')
    related.append("</div>")
    return "".join(nav) + "\n" + "\n".join(related)


def item_component(host: str, story: Story, itemid: int, page_no: int = 0) -> str:
    pages = pages_of(story)
    body = render_blocks(story, pages[page_no], host)
    if len(pages) > 1:
        counter = f'<div class="pagenavcounter">{LANG["page"]} {page_no + 1} / {len(pages)}</div>'
        body = (
            f"{_toc(host, story, itemid, page_no)}\n{counter}\n{body}\n"
            f"{_page_nav(host, story, itemid, page_no, len(pages))}"
        )
    return f"""{_heading(host, title_html(story), story.id, itemid)}
<table class="contentpaneopen">
{_info_rows(story.opts["writer"], story.published_at)}
<tr><td valign="top" colspan="2">
{body}
</td></tr>
{_modified_row(story.opts.get("modified"))}
</table>
<span class="article_seperator">&nbsp;</span>
{_neighbours(host, story, itemid)}"""


def item_page(request: Request, story: Story, itemid: int, page_no: int = 0) -> Response:
    host = base_url(request)
    cid = CAT_ID[story.cat]
    trail = [
        ("Tin tức", f"{host}/content/blogsection/1/{SECTION_ITEMID}/"),
        (esc(story.cat), f"{host}/content/blogcategory/{cid}/{CATEGORIES[cid][1]}/"),
        (title_html(story), None),
    ]
    metas = (
        f'<meta name="title" content="{title_html(story)}" />\n'
        f'<meta name="author" content="{esc(story.opts["writer"])}" />\n'
    )
    component = item_component(host, story, itemid, page_no)
    return html(layout(request, title_html(story), trail, component, metas))


def document_page(request: Request, doc_id: int) -> Response:
    host = base_url(request)
    doc = DOCUMENTS[doc_id]
    rows = "\n".join(
        f'<tr><td width="30%"><strong>{esc(k)}</strong></td><td>{esc(v)}</td></tr>'
        for k, v in doc["rows"]
    )
    name = doc["file"].rsplit("/", 1)[-1]
    others = "".join(
        f'<li><a href="{view_url(host, other, 44)}">{esc(d["title"])}</a></li>'
        for other, d in DOCUMENTS.items()
        if other != doc_id
    )
    component = f"""{_heading(host, esc(doc["title"]), doc_id, 44)}
<table class="contentpaneopen">
{_info_rows("Admin", doc["created"])}
<tr><td valign="top" colspan="2">
<table border="1" cellpadding="4" cellspacing="0" width="100%">
{rows}
</table>
<p>File đính kèm: <a href="{doc["file"]}">{name}</a></p>
</td></tr>
</table>
<span class="article_seperator">&nbsp;</span>
<div class="jv_related"><strong>{LANG["older"]}</strong><ul class="related">{others}</ul></div>"""
    trail = [
        ("Văn bản", f"{host}/content/section/3/44/"),
        ("Văn bản của Phòng", f"{host}/content/section/3/44/"),
        (esc(doc["title"]), None),
    ]
    return html(layout(request, esc(doc["title"]), trail, component))


def static_page(request: Request, item_id: int) -> Response:
    host = base_url(request)
    itemid, title, body = STATIC[item_id]
    if body is None:
        rows = "\n".join(
            f'<tr class="sectiontableentry{n % 2 + 1}"><td>{n + 1}</td><td>{esc(unit)}</td>'
            f"<td>{phone}</td><td>{mail}</td></tr>"
            for n, (unit, phone, mail) in enumerate(DIRECTORY)
        )
        body = (
            '<table border="1" cellpadding="3" cellspacing="0" width="100%">\n'
            "<tr><td><strong>STT</strong></td><td><strong>Đơn vị</strong></td>"
            "<td><strong>Điện thoại</strong></td><td><strong>Email</strong></td></tr>\n"
            f"{rows}\n</table>"
        )
    component = f"""{_heading(host, esc(title), item_id, itemid)}
<table class="contentpaneopen">
<tr><td valign="top" colspan="2">
{body}
</td></tr>
</table>
<span class="article_seperator">&nbsp;</span>"""
    return html(layout(request, esc(title), [(esc(title), None)], component))


def not_allowed_page(request: Request) -> Response:
    """An unpublished (or registered-only) item: mosNotAuth() inside the layout, status 200."""
    component = f'<div class="message">{LANG["not_auth"]}<br />{LANG["do_login"]}</div>'
    return html(layout(request, esc(SITE_NAME), [], component))


# --- com_content and com_frontpage: blogs and the section table ---------------------------------


def blog_item(host: str, story: Story, link_itemid: int) -> str:
    link = view_url(host, story.id, link_itemid)
    intro = [b for b in story.blocks if b is not PAGEBREAK][: story.opts["intro"]]
    return f"""<div>
{_heading(host, title_html(story), story.id, link_itemid, link)}
<table class="contentpaneopen">
{_info_rows(story.opts["writer"], story.published_at)}
<tr><td valign="top" colspan="2">
{render_blocks(story, intro, host)}
</td></tr>
<tr><td align="left" colspan="2"><a href="{link}" class="readon">{LANG["read_more"]}</a></td></tr>
</table>
<span class="article_seperator">&nbsp;</span>
</div>"""


def pager(base: str, start: int, total: int) -> str:
    """mosPageNav::writePagesLinks and writePagesCounter, links in the SEF /limit/limitstart/ form."""
    pages = (total + PER_PAGE - 1) // PER_PAGE
    current = start // PER_PAGE

    def link(n: int, label: str, title: str = "") -> str:
        attr = f' title="{title}"' if title else ""
        return f'<a href="{base}{PER_PAGE}/{n * PER_PAGE}/" class="pagenav"{attr}>{label}</a>'

    def dead(label: str) -> str:
        return f'<span class="pagenav">{label}</span>'

    first = f"&lt;&lt; {LANG['start']}"
    prev = f"&lt; {LANG['prev']}"
    nxt = f"{LANG['next']} &gt;"
    last = f"{LANG['end']} &gt;&gt;"
    parts = (
        [link(0, first, LANG["start"]), link(current - 1, prev, LANG["prev"])]
        if current
        else [dead(first), dead(prev)]
    )
    for n in range(pages):
        parts.append(dead(str(n + 1)) if n == current else link(n, f"<strong>{n + 1}</strong>"))
    parts += (
        [link(current + 1, nxt, LANG["next"]), link(pages - 1, last, LANG["end"])]
        if current < pages - 1
        else [dead(nxt), dead(last)]
    )
    upto = min(start + PER_PAGE, total)
    counter = f"{LANG['results']} {start + 1} - {upto} {LANG['of']} {total}"
    return (
        f'<tr><td valign="top" align="center"><br /><br />{" ".join(parts)}<br /><br /></td></tr>\n'
        f'<tr><td valign="top" align="center">{counter}</td></tr>'
    )


def blog_component(
    host: str,
    heading: str,
    items: list[Story],
    start: int,
    base: str | None,
    link_itemid,
    links: int = 4,
) -> str:
    shown = items[start : start + PER_PAGE]
    more = items[start + PER_PAGE : start + PER_PAGE + links]
    out = [
        f'<div class="componentheading">{heading}</div>',
        '<table class="blog" cellpadding="0" cellspacing="0">',
        '<tr><td valign="top">',
        "\n".join(blog_item(host, s, link_itemid(s)) for s in shown),
        "</td></tr>",
    ]
    if more:
        lis = "".join(
            f'<li><a class="blogsection" href="{view_url(host, s.id, link_itemid(s))}">'
            f"{title_html(s)}</a></li>"
            for s in more
        )
        out.append(
            '<tr><td valign="top"><div class="blog_more"><div><strong>'
            f"{LANG['more']}</strong></div><ul>{lis}</ul></div></td></tr>"
        )
    if base and len(items) > PER_PAGE:
        out.append(pager(base, start, len(items)))
    out.append("</table>")
    return "\n".join(out)


def category_blog(request: Request, cid: int, start: int) -> Response | None:
    host = base_url(request)
    name, itemid = CATEGORIES[cid]
    items = in_category(cid)
    if start % PER_PAGE or start >= len(items):
        return None
    base = f"{host}/content/blogcategory/{cid}/{itemid}/"
    # the category blogs' menu items set "# Links" to 0: no "Các bài khác..." list there
    component = blog_component(host, esc(name), items, start, base, lambda s: itemid, links=0)
    trail = [(esc(name), None)]
    return html(layout(request, esc(name), trail, component))


def section_blog(request: Request, start: int) -> Response | None:
    host = base_url(request)
    if start % PER_PAGE or start >= len(NEWS):
        return None
    base = f"{host}/content/blogsection/1/{SECTION_ITEMID}/"
    component = blog_component(host, "Tin tức", NEWS, start, base, lambda s: SECTION_ITEMID)
    return html(layout(request, "Tin tức", [("Tin tức", None)], component))


def frontpage(request: Request) -> Response:
    host = base_url(request)
    items = [s for s in NEWS if s.opts.get("frontpage")]
    component = blog_component(host, "", items, 0, None, cat_itemid)
    component = component.replace('<div class="componentheading"></div>\n', "")
    return html(layout(request, "Trang chủ", [], component))


def section_table(request: Request) -> Response:
    """Section 3 "Văn bản" as a table of its items (#, Ngày, Tiêu đề, Lượt xem)."""
    host = base_url(request)
    docs = sorted(DOCUMENTS.items(), key=lambda kv: kv[1]["created"], reverse=True)
    rows = "\n".join(
        f'<tr class="sectiontableentry{n % 2 + 1}"><td align="center">{n + 1}</td>'
        f"<td>{short_date(d['created'])}</td>"
        f'<td><a href="{view_url(host, doc_id, 44)}">{esc(d["title"])}</a></td>'
        f'<td align="center">{97 + doc_id * 3}</td></tr>'
        for n, (doc_id, d) in enumerate(docs)
    )
    component = f"""<div class="componentheading">Văn bản</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" align="center" class="contentpane">
<tr><td width="60%" valign="top" class="contentdescription" colspan="2">Văn bản chỉ đạo, điều hành của Phòng Giáo dục và Đào tạo.</td></tr>
<tr><td width="100%" colspan="2">
<form action="{host}/content/section/3/44/" method="post" name="adminForm">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td align="right" colspan="4">{LANG["display"]} <select name="limit" class="inputbox" size="1" onchange="document.adminForm.submit();"><option value="5">5</option><option value="10">10</option><option value="20" selected="selected">20</option><option value="50">50</option></select></td></tr>
<tr><td class="sectiontableheader" width="5">#</td><td class="sectiontableheader">{LANG["date"]}</td><td class="sectiontableheader">{LANG["title"]}</td><td class="sectiontableheader" align="center">{LANG["hits"]}</td></tr>
{rows}
</table>
</form>
</td></tr>
</table>"""
    return html(layout(request, "Văn bản", [("Văn bản", None)], component))


# --- popups (index2.php), components, feed ------------------------------------------------------


def _bare(request: Request, title: str, inner: str) -> Response:
    host = base_url(request)
    return html(f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(SITE_NAME)} - {title}</title>
<base href="{host}/" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="stylesheet" href="{host}{TEMPLATE}/css/template_css.css" type="text/css" />
<meta name="robots" content="noindex, nofollow" />
</head>
<body class="contentpane">
{inner}
</body>
</html>""")


def print_page(request: Request, item_id: int) -> Response | None:
    """The print popup: the whole text (every {mospagebreak} page) without the layout."""
    host = base_url(request)
    button = (
        '<td align="right" width="100%" class="buttonheading"><a href="#" '
        'onclick="javascript:window.print(); return false;" title="In">'
        f'<img src="{host}/images/M_images/printButton.png" alt="In" align="middle" border="0" />'
        "</a></td>"
    )
    story = BY_ID.get(item_id)
    if story is not None:
        heading, writer, created = title_html(story), story.opts["writer"], story.published_at
        body = render_blocks(story, story.blocks, host)
        modified = _modified_row(story.opts.get("modified"))
    elif item_id in DOCUMENTS:
        doc = DOCUMENTS[item_id]
        heading, writer, created, modified = esc(doc["title"]), "Admin", doc["created"], ""
        body = "".join(f"<p>{esc(k)}: {esc(v)}</p>" for k, v in doc["rows"])
    elif item_id in STATIC:
        _itemid, title, static_body = STATIC[item_id]
        heading, writer, created, modified = esc(title), None, None, ""
        body = static_body or "<p>Danh bạ điện thoại các đơn vị trong ngành.</p>"
    else:
        return None
    inner = f"""<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{heading}</td>
{button}
</tr></table>
<table class="contentpaneopen">
{_info_rows(writer, created)}
<tr><td valign="top" colspan="2">
{body}
</td></tr>
{modified}
</table>
<span class="article_seperator">&nbsp;</span>"""
    return _bare(request, heading, inner)


def email_form(request: Request, item_id: int) -> Response | None:
    if item_id not in BY_ID and item_id not in DOCUMENTS and item_id not in STATIC:
        return None
    host = base_url(request)
    inner = f"""<form action="{host}/index2.php?option=com_content&amp;task=emailsend" name="frontendForm" method="post">
<table cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="2">Gửi liên kết bài viết này tới một người bạn.</td></tr>
<tr><td width="130">E-mail người nhận:</td><td><input type="text" name="email" class="inputbox" size="25" /></td></tr>
<tr><td height="27">Tên của bạn:</td><td><input type="text" name="yourname" class="inputbox" size="25" /></td></tr>
<tr><td>E-mail của bạn:</td><td><input type="text" name="youremail" class="inputbox" size="25" /></td></tr>
<tr><td>Tiêu đề:</td><td><input type="text" name="subject" class="inputbox" maxlength="100" size="40" /></td></tr>
<tr><td colspan="2"><input type="submit" name="submit" class="button" value="Gửi" />&nbsp;&nbsp;
<input type="button" name="cancel" value="Hủy bỏ" class="button" onclick="window.close();" /></td></tr>
</table>
<input type="hidden" name="id" value="{item_id}" />
</form>"""
    return _bare(request, "E-mail", inner)


def poll_results(request: Request, bare: bool = False) -> Response:
    total = sum(v for _l, v in POLL_OPTIONS)
    rows = "\n".join(
        f'<tr class="sectiontableentry{n % 2 + 1}"><td width="100%" colspan="3">{esc(label)}</td></tr>'
        f'<tr class="sectiontableentry{n % 2 + 1}"><td align="right" width="25">{votes}</td>'
        f'<td width="30">{round(100 * votes / total, 1)}%</td><td width="300"><img src="'
        f'{base_url(request)}/components/com_poll/images/blank.png" class="polls_color_{n + 1}" '
        f'height="15" width="{round(300 * votes / total)}" alt="" /></td></tr>'
        for n, (label, votes) in enumerate(POLL_OPTIONS)
    )
    inner = f"""<div class="componentheading">Thăm dò ý kiến - Kết quả</div>
<form action="{base_url(request)}/component/option,com_poll/" method="post" name="poll">
<label for="id">Chọn cuộc thăm dò</label>
<select name="id" class="inputbox" size="1"><option value="14" selected="selected">Đánh giá website</option></select>
</form>
<table class="pollstableborder" cellspacing="0" cellpadding="0" border="0">
<tr><td colspan="3" class="sectiontableheader"><img src="{base_url(request)}/components/com_poll/images/poll.png" align="middle" border="0" width="12" height="14" alt="" />
Bạn đánh giá thế nào về website của Phòng GD&amp;ĐT?</td></tr>
{rows}
</table>
<br />
<table cellspacing="0" cellpadding="0" border="0">
<tr><td class="smalldark">Số người bình chọn:&nbsp;</td><td class="smalldark">&nbsp;{total}</td></tr>
<tr><td class="smalldark">Lần bình chọn đầu tiên:&nbsp;</td><td class="smalldark">&nbsp;12/03/2008 09:12</td></tr>
<tr><td class="smalldark">Lần bình chọn cuối:&nbsp;</td><td class="smalldark">&nbsp;24/11/2026 21:03</td></tr>
</table>"""
    if bare:
        return _bare(request, "Thăm dò ý kiến", inner)
    return html(layout(request, "Thăm dò ý kiến", [("Thăm dò ý kiến", None)], inner))


def contact_page(request: Request) -> Response:
    host = base_url(request)
    inner = f"""<div class="componentheading">Liên hệ</div>
<table cellpadding="0" cellspacing="0" border="0" width="100%" class="contentpane">
<tr><td width="100%" class="contentheading">Phòng Giáo dục và Đào tạo huyện Hải Hậu</td></tr>
<tr><td><table border="0" width="100%">
<tr><td width="30%">Chức vụ:</td><td>Bộ phận Văn phòng</td></tr>
<tr><td>Địa chỉ:</td><td>Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định</td></tr>
<tr><td>Điện thoại:</td><td>0228.3877.215</td></tr>
<tr><td>Fax:</td><td>0228.3877.216</td></tr>
<tr><td>Email:</td><td><script language='JavaScript' type='text/javascript'>
<!--
var prefix = 'ma' + 'il' + 'to';
var addy = 'pgdhaihau' + '@' + 'namdinh' + '.' + 'edu' + '.' + 'vn';
document.write( '<a href="' + prefix + ':' + addy + '">' + addy + '</a>' );
//-->
</script><noscript>Địa chỉ email này đã được bảo vệ từ spam bots, bạn cần kích hoạt Javascript để xem nó.</noscript></td></tr>
</table></td></tr>
<tr><td><br />Gửi thư tới Phòng GD&amp;ĐT:</td></tr>
<tr><td><form action="{host}/index.php?option=com_contact&amp;Itemid=12" method="post" name="emailForm" target="_top">
<label for="contact_name">Nhập họ tên:</label><br /><input type="text" name="name" id="contact_name" size="30" class="inputbox" value="" /><br />
<label for="contact_email">Địa chỉ email:</label><br /><input type="text" id="contact_email" name="email" size="30" class="inputbox" value="" /><br />
<label for="contact_subject">Tiêu đề:</label><br /><input type="text" name="subject" id="contact_subject" size="30" class="inputbox" value="" /><br />
<label for="contact_text">Nội dung:</label><br /><textarea cols="50" rows="10" name="text" id="contact_text" class="inputbox"></textarea><br />
<input type="checkbox" name="email_copy" id="contact_email_copy" value="1" /><label for="contact_email_copy">Gửi một bản tới địa chỉ email của bạn</label><br />
<input type="submit" name="send" value="Gửi" class="button" />
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="con_id" value="1" /><input type="hidden" name="task" value="sendmail" />
</form></td></tr>
</table>"""
    return html(layout(request, "Liên hệ", [("Liên hệ", None)], inner))


def registration_page(request: Request, task: str) -> Response:
    host = base_url(request)
    if task == "lostPassword":
        heading, fields = "Quên mật khẩu?", ["Tên truy cập:", "Địa chỉ email:"]
    else:
        heading, fields = (
            "Đăng ký",
            ["Họ tên:", "Tên truy cập:", "Email:", "Mật khẩu:", "Xác nhận mật khẩu:"],
        )
    inputs = "".join(
        f'<tr><td>{esc(f)}</td><td><input type="text" name="f{n}" class="inputbox" size="30" /></td></tr>'
        for n, f in enumerate(fields)
    )
    inner = f"""<div class="componentheading">{esc(heading)}</div>
<form action="{host}/index.php" method="post" name="mosForm">
<table cellpadding="0" cellspacing="0" border="0" width="100%" class="contentpane">
{inputs}
<tr><td colspan="2"><input type="submit" class="button" value="Gửi" /></td></tr>
</table>
<input type="hidden" name="option" value="com_registration" /><input type="hidden" name="task" value="{esc(task)}" />
</form>"""
    return html(layout(request, esc(heading), [(esc(heading), None)], inner))


def rss_feed(request: Request) -> Response:
    host = base_url(request)
    items = []
    for story in NEWS[:10]:
        link = (
            f"{host}/index.php?option=com_content&amp;task=view&amp;id={story.id}"
            f"&amp;Itemid={cat_itemid(story)}"
        )
        intro = next(b.text for b in story.blocks if isinstance(b, P))
        when = dt.datetime.fromisoformat(story.published_at)
        items.append(
            f"<item>\n<title>{esc(story.title)}</title>\n<link>{link}</link>\n"
            f"<description>{esc(intro)}</description>\n<category>{esc(story.cat)}</category>\n"
            f"<pubDate>{when:%a, %d %b %Y %H:%M:%S} +0700</pubDate>\n</item>"
        )
    feed = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="FeedCreator 1.7.2" -->
<rss version="2.0">
<channel>
<title>{esc(SITE_NAME)}</title>
<description>Phòng Giáo dục và Đào tạo huyện Hải Hậu</description>
<link>{host}</link>
<lastBuildDate>Wed, 25 Nov 2026 07:00:00 +0700</lastBuildDate>
<generator>FeedCreator 1.7.2</generator>
{chr(10).join(items)}
</channel>
</rss>"""
    return Response(200, feed, {"Content-Type": "application/xml; charset=utf-8"})


ROBOTS = """User-agent: *
Disallow: /administrator/
Disallow: /cache/
Disallow: /components/
Disallow: /editor/
Disallow: /help/
Disallow: /images/
Disallow: /includes/
Disallow: /language/
Disallow: /mambots/
Disallow: /media/
Disallow: /modules/
Disallow: /templates/
Disallow: /installation/
"""


# --- the router: SEF paths, index.php and index2.php ------------------------------------------

_SEF_CONTENT = re.compile(
    r"^/content/(view|blogcategory|blogsection|section)/(\d+)/(\d+)(?:/(\d+)/(\d+))?/?$"
)
_ATTACHMENT = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".xls": "application/vnd.ms-excel",
}


def _int(value: str | None, default: int = 0) -> int | None:
    if value is None or value == "":
        return default
    return int(value) if value.isdigit() else None


class JoomlaSite:
    """Joomla! 1.0.15 answering its SEF and non-SEF addresses for one PGD site."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        ext = path[path.rfind(".") :].lower() if "." in path.rsplit("/", 1)[-1] else ""
        if ext in _ATTACHMENT and path.startswith("/images/stories/"):
            return Response(200, PDF, {"Content-Type": _ATTACHMENT[ext]})
        if ext and ext not in (".php",):
            return static_file(path)
        if path == "/" or (path == "/index.php" and not request.query):
            return frontpage(request)
        if path == "/index.php":
            return self._index(request, request.params)
        if path == "/index2.php":
            return self._index2(request, request.params)
        if request.query:
            return None  # SEF paths take no query string
        if match := _SEF_CONTENT.match(path):
            task, first, second, limit, start = match.groups()
            return self._content(request, task, int(first), int(second), limit, start)
        if path.startswith("/component/"):
            pairs = dict(p.split(",", 1) for p in path.strip("/").split("/")[1:] if "," in p)
            return self._component(request, pairs)
        return None

    def _content(
        self,
        request: Request,
        task: str,
        first: int,
        second: int,
        limit: str | None,
        start: str | None,
    ) -> Response | None:
        if task == "view":
            return self._view(request, first, second, limit, start)
        begin = int(start) if start is not None else 0
        if limit is not None and int(limit) != PER_PAGE:
            return None
        if task == "blogcategory" and first in CATEGORIES and second == CATEGORIES[first][1]:
            return category_blog(request, first, begin)
        if task == "blogsection" and first == 1 and second == SECTION_ITEMID:
            return section_blog(request, begin)
        if task == "section" and first == 3 and second == 44 and limit is None:
            return section_table(request)
        return None

    def _view(self, request: Request, item_id: int, itemid: int, limit, start) -> Response | None:
        page_no = 0
        if limit is not None:
            if str(limit) != "1":
                return None
            page_no = int(start)
        if item_id in BY_ID:
            story = BY_ID[item_id]
            if page_no >= len(pages_of(story)):
                return None
            return item_page(request, story, itemid, page_no)
        if page_no:
            return None
        if item_id in DOCUMENTS:
            return document_page(request, item_id)
        if item_id in STATIC:
            return static_page(request, item_id)
        if item_id == 99:
            return not_allowed_page(request)
        return None

    def _index(self, request: Request, q: dict[str, str]) -> Response | None:
        option = q.get("option")
        if option == "com_frontpage":
            return frontpage(request)
        if option == "com_content":
            task, item_id, itemid = q.get("task"), _int(q.get("id")), _int(q.get("Itemid"))
            if item_id is None or itemid is None:
                return None
            limit = q.get("limit")
            start = q.get("limitstart")
            if task == "view":
                return self._view(request, item_id, itemid, limit, start or "0")
            if task in ("blogcategory", "blogsection", "section"):
                return self._content(request, task, item_id, itemid, limit, start)
            return None
        if option == "com_contact":
            return contact_page(request)
        if option == "com_poll" and q.get("task") == "results" and q.get("id") == "14":
            return poll_results(request)
        if option == "com_registration" and q.get("task") in ("lostPassword", "register"):
            return registration_page(request, q["task"])
        return None

    def _index2(self, request: Request, q: dict[str, str]) -> Response | None:
        option = q.get("option")
        item_id = _int(q.get("id"), -1)
        if option == "com_content" and q.get("do_pdf") == "1" and item_id is not None:
            if item_id in BY_ID or item_id in DOCUMENTS or item_id in STATIC:
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return None
        if option == "com_content" and q.get("task") == "view" and q.get("pop") == "1":
            return print_page(request, item_id) if item_id is not None else None
        if option == "com_content" and q.get("task") == "emailform":
            return email_form(request, item_id) if item_id is not None else None
        if option == "com_rss":
            return rss_feed(request)
        if option == "com_poll" and q.get("task") == "results" and q.get("id") == "14":
            return poll_results(request, bare=True)
        return None

    def _component(self, request: Request, pairs: dict[str, str]) -> Response | None:
        option = pairs.get("option")
        if option == "com_contact" and pairs.get("Itemid") == "12":
            return contact_page(request)
        if option == "com_poll":
            if pairs.get("task", "results") == "results" and pairs.get("id", "14") == "14":
                return poll_results(request)
            return None
        if option == "com_registration" and pairs.get("task") in ("lostPassword", "register"):
            return registration_page(request, pairs["task"])
        if option == "com_frontpage":
            return frontpage(request)
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()
