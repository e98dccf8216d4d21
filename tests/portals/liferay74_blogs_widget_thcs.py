"""Trường THCS Trần Phú (thành phố Phủ Lý, tỉnh Hà Nam) on Liferay DXP 7.4: Blogs widget as news.

Platform
--------
Liferay DXP 7.4 (update 9x era), a school theme derived from Classic ("thcstranphu-theme"), the
site "thcs-tranphu" served under ``/web/thcs-tranphu`` (no virtual host: the district's shared
Liferay instance hosts many schools). Public pages:

* ``/web/thcs-tranphu`` (and its layout URL ``/web/thcs-tranphu/trang-chu``): a *content page*
  built from fragments: carousel, a **Collection Display** "Tin tức - Sự kiện" of the four most
  recent blog entries (links to the entries' *display page* ``/web/thcs-tranphu/b/<url-title>``
  with ``p_l_back_url`` / ``p_l_back_url_title``), a "Thông báo" box whose links go through
  ``/c/blogs/find_entry?…&entryId=<id>`` (302 to the entry), links, visitor counter, a poll.
  ``/`` answers 302 to ``/web/thcs-tranphu``.
* ``/web/thcs-tranphu/tin-tuc``: a widget page with the **Blogs widget** (portlet
  ``com_liferay_blogs_web_portlet_BlogsPortlet``, "Abstract" display, 4 entries a page) and, in the
  right column, the Categories Navigation widget ("Chuyên mục"), a "Tin xem nhiều" list, counter.
  The widget's own pager: ``?p_p_id=com_liferay_blogs_web_portlet_BlogsPortlet&p_p_lifecycle=0&
  p_p_state=normal&p_p_mode=view[&p_r_p_categoryId=<id>]&_com_liferay_blogs_web_portlet_BlogsPortlet_
  mvcRenderCommandName=%2Fblogs%2Fview&_…_cur=<n>&_…_delta=<4|8|20>``. Categories filter the same
  widget through the public render parameter ``?p_r_p_categoryId=<id>``.
* Entries: ``/web/thcs-tranphu/tin-tuc/-/blogs/<url-title>`` (the widget's detail view: the gold
  path), ``/web/thcs-tranphu/b/<url-title>`` (the entries' display page template, other markup).
* Not articles: ``/gioi-thieu``, ``/w/lich-su-nha-truong`` (a web content display page),
  ``/doi-ngu``, ``/lien-he``, ``/thu-vien-anh`` (Media Gallery), two Documents and Media entries
  ``/van-ban/-/document_library/vB7kQm2NfT0a/view_file/<id>`` (listed by ``/van-ban``), and a
  sign-in page ``/c/portal/login``; the header's search form (GET) lands on ``/web/thcs-tranphu/search?q=``.

How the 13 gold articles are reached
------------------------------------
All 13 are in the Blogs widget of ``/tin-tuc`` (newest first, 4 a page): entries 1-4 on its
page 1, 5-8 on page 2, 9-12 on page 3, 13 on page 4 (``_cur=<n>``), or on the 8/20 slices of the
items-per-page menu. Category listings (same widget, ``p_r_p_categoryId``): "Tin hoạt động"
(6 entries: 4, 6, 8, 11 on page 1; 12 and 13 only on page 2), "Chuyên môn" (1, 5, 9), "Đoàn - Đội"
(3, 7), "Thông báo" (2, 10). Entries 1-4 are also on the home page's Collection Display (``/b/``
form), entries 2 and 10 in the home "Thông báo" box (find_entry redirects); the right column's
"Tin xem nhiều" links 4, 6, 11, 2, 7; a few entries link related ones ("Nội dung liên quan",
"Xem thêm"). Entries 12 and 13 are linked by nothing but listing pages 2+ (or the larger slices).

Traps (each with the gold it implies)
-------------------------------------
1. **Cover photo only as a CSS background.** The widget prints an entry's cover image as
   ``<div class="aspect-ratio … cover-image" style="background-image: url(…)">`` between the
   metadata and the text, with its caption in ``div.cover-image-caption``; no ``<img>``. Gold: the
   cover is the article's first image (path of that url, caption from the caption line; a caption
   line "Ảnh: X" only credits X: caption None, X a photographer). ``og:image`` names the same file.
   Listings print other entries' covers the same way (thumbnails: never gold).
2. **Sub-title as the sapo.** Liferay's blog "subtitle" is printed as ``h4.sub-title`` under the
   headline (and as its own paragraph fragment on the display page): it is the summary and the
   body's first paragraph. Entries without a subtitle have summary null even though the listing
   and ``<meta name="description">`` print an abstract (the entry's description or its cut text).
3. **The page's headings are not the headline.** The theme prints a hidden
   ``<h2 class="hide-accessible" role="heading" aria-level="1">Tin tức</h2>`` and the portlet
   title ``<h2 class="portlet-title-text">Tin tức</h2>`` before the entry; the headline is the
   widget's ``h3.title`` (``h1`` on the display page). Gold title: the entry title.
4. **Dates as Liferay prints them for vi_VN.** The widget prints the display date in the JDK's
   CLDR medium form "4 thg 12, 2026" followed by a reading time "· 3 phút đọc" (a count of
   minutes, not a time); the display page and the home collection print "04/12/2026"; comments
   say "cách đây 2 ngày"; "Tin xem nhiều" prints view counts "(540 lượt xem)". No page prints
   a time: gold published_at is the day alone.
5. **The byline is a Liferay user.** The metadata prints the entry's owner (portrait sticker plus
   name). "Quản Trị Website" is the site's webmaster account: nobody. A teacher's own account
   ("Vũ Thị Hà", "Lê Thị Mai") is the author when the text signs nothing else; a byline typed at
   the end of the text ("Tin: X - Ảnh: Y", "Tin, ảnh: X", "ThS. X - Tổ trưởng …", a unit alone,
   "BBT") follows the house rules and the account then is only the uploader.
6. **Three URLs of one entry, one redirect.** ``/tin-tuc/-/blogs/<t>`` (gold), the display page
   ``/b/<t>`` reached from the home Collection Display with ``?p_l_back_url=<current path>&
   p_l_back_url_title=Trang+ch%E1%BB%A7`` (two variants: the site root and ``/trang-chu``), and
   ``/c/blogs/find_entry?p_l_id=20&noSuchEntryRedirect=…&entryId=<id>`` (302). Every page of an
   entry (both forms) carries ``<link rel="canonical">`` to the ``/-/blogs/`` URL. Gold: path = canonical = the ``/-/blogs/``
   URL; alt_paths = the ``/b/`` targets (bare and both ``p_l_back_url`` forms).
7. **Percent-encoded Vietnamese url-titles.** Liferay's ``normalizeWithEncoding`` keeps the
   Vietnamese letters of a title and percent-encodes them: three entries live at
   ``/-/blogs/h%E1%BB%8Dc-sinh-tr%C6%B0%E1%BB%9Dng-…``. Gold path: that encoded form, as linked
   (the server answers the decoded form too).
8. **The widget's pager.** Namespaced ``_cur``/``_delta`` parameters, absolute URLs with
   ``&amp;``; the arrows are an SVG icon plus ``<span class="sr-only">Tiếp</span>`` (no visible
   text); the page-1 link (``_cur=1``) is a second URL of the bare listing; the "Mục mỗi trang"
   menu (4/8/20) slices the same list again (4 pages at 4, 2 at 8, 1 at 20). Entries 12 and 13
   are on no first page of any listing at the widget's delta 4. Gold: unaffected (discovery).
9. **Category from the asset category, not the breadcrumb.** The breadcrumb of a detail page says
   "Trường THCS Trần Phú › Tin tức › <title>"; the section is the entry's asset category printed
   under the text ("Chuyên mục: <a class="label label-entry">Chuyên môn</a>") and as the filter
   of the category listing. Gold category: that category name.
10. **Adaptive Media pictures in the text.** Images the editor picked from Documents and Media are
   ``<picture data-fileentryid>`` with ``<source srcset="/o/adaptive-media/image/…/Thumbnail-300x300/…">``
   renditions and an ``<img src="/documents/40117/<folder>/<file>/<uuid>?t=<ms>">``; others are
   CKEditor ``<figure class="image">`` with ``<figcaption>``, or a centred italic line under the
   picture. Gold: the ``<img src>`` path with its ``?t=`` version; renditions are not images.
11. **An official notice inside a blog entry.** "Thông báo lịch kiểm tra…" is typed as a document:
   letterhead table, "Số: 148/TB-THCSTP", "Phủ Lý, ngày 30 tháng 11 năm 2026", kind/subject lines,
   "Nơi nhận" and the signer (KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG / Trần Văn Bình). The widget's
   display date is 2 thg 12, 2026. Gold: date 2026-11-30 (letterhead), author Trần Văn Bình, body
   without letterhead, subject lines and closing.
12. **Widgets after the text that look like content.** Ratings ("Bạn thấy bài viết này hữu
   ích?" thumbs), social bookmarks, "Chuyên mục" labels, "Nội dung liên quan" (related assets),
   the right column's "Tin xem nhiều" with other entries' cover thumbnails, and the
   discussion ("Bình luận": names, "cách đây …", comment text, a sign-in prompt). None is body.
   Inside the text: a YouTube iframe, a "Xem thêm: <link>" line, a "Tệp đính kèm:" line, a
   closing "Theo …" source line: not body (the source line gives ``source``).
13. **A web content display page that looks like an article.** ``/w/lich-su-nha-truong`` has a
   headline, "Ngày đăng: 15/08/2025", an author line and long text: it is the school's history
   (intro), listed in NON_ARTICLES, not gold.

Gold decisions on ambiguous points
----------------------------------
* The cover image counts as the article's first photo (trap 1) although it is a CSS background
  on the gold path; on the display page it is an ``<img>`` of the same path.
* The widget's metadata user counts as author only when it is a person's account and the text
  signs no byline (trap 5). Entries by "Quản Trị Website" without a byline have no author.
* Table rows of the text are paragraphs (cells joined by " | "), the header row included; a
  "- " typed before a line is text; lines split by ``<br />`` are paragraphs of their own.
* "Theo Cổng thông tin điện tử thành phố Phủ Lý" closing entry 8 is its source; its sentence
  "Theo kế hoạch, …" is text.
* Comments are never body, author or date sources.
* Entry 12 was pasted from Word (``p.MsoNormal``, ``&nbsp;`` after full stops, ``<p>&nbsp;</p>``
  spacers): whitespace collapses, spacers are no paragraph. Entry 5's paragraphs are ``<div>``s.
* The display page prints "Đăng bởi: <account>": the same account rule as trap 5.
"""

from __future__ import annotations

from urllib.parse import quote, quote_plus, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "liferay74_blogs_widget_thcs"
PLATFORM = "Liferay DXP 7.4 (Blogs widget, content pages, Collection Display)"
SITE = "/web/thcs-tranphu"
START_PATH = SITE
NEWS = SITE + "/tin-tuc"
PORTLET = "com_liferay_blogs_web_portlet_BlogsPortlet"
NS = "_" + PORTLET + "_"
GROUP = 40117
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường THCS Trần Phú"
WEBMASTER = "Quản Trị Website"
DELTAS = (4, 8, 20)

CATS = {
    40213: "Tin hoạt động",
    40215: "Chuyên môn",
    40217: "Đoàn - Đội",
    40219: "Thông báo",
}
CAT_ID = {v: k for k, v in CATS.items()}


def _doc(folder: int, name: str, uuid: str, t: int) -> str:
    return f"/documents/{GROUP}/{folder}/{name}/{uuid}?t={t}"


def _pfe(name: str, uuid: str) -> str:
    """A portlet file entry (the Blogs attachments folder): covers and uploaded images."""
    return f"/documents/portlet_file_entry/{GROUP}/{name}/{uuid}"


# --- the entries --------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        "Chuyên môn",
        "2026-12-04",
        [
            Img(
                _pfe("hoi-thi-gvdg-2026.jpg", "3f9a1c2e-5b7d-4e10-9a61-0c2d8e4b7f13"),
                "Cô giáo Phạm Thị Lan trong tiết dạy Toán 9 tại Hội thi",
                "Cô giáo Phạm Thị Lan trong tiết dạy Toán 9 tại Hội thi",
                style="cover",
            ),
            P("Hội thi là hoạt động chuyên môn thường niên nhằm đánh giá năng lực giảng dạy, khả năng vận dụng các phương pháp, kĩ thuật dạy học tích cực của đội ngũ giáo viên, đồng thời phát hiện, bồi dưỡng những nhân tố tiêu biểu tham gia Hội thi giáo viên dạy giỏi cấp thành phố.", "j"),
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy trên lớp: một tiết do giáo viên tự chọn và một tiết bốc thăm trước 3 ngày. Ngoài ra, các thầy cô trình bày báo cáo biện pháp nâng cao chất lượng giảng dạy bộ môn trước Ban giám khảo.", "j"),
            Img(
                _doc(45102, "IMG_4471.JPG", "8d0b6e4a-17c2-4f55-b0a3-6e2f9d1c5a70", 1764826512000),
                "Tiết học Khoa học tự nhiên 7 sôi nổi với hoạt động thí nghiệm theo nhóm",
                "Tiết học Khoa học tự nhiên 7 sôi nổi với hoạt động thí nghiệm theo nhóm",
                style="figure",
            ),
            P("Ban giám khảo gồm đồng chí Hiệu trưởng, các Phó Hiệu trưởng và tổ trưởng chuyên môn. Các tiết dạy được đánh giá theo Công văn 5512/BGDĐT-GDTrH, chú trọng việc tổ chức hoạt động học tập cho học sinh và hiệu quả sử dụng thiết bị dạy học.", "j"),
            P("Nhiều tiết dạy để lại ấn tượng tốt như tiết Ngữ văn 9 của cô Trần Thị Thu Hà với hoạt động tranh biện, tiết Tiếng Anh 8 của cô Nguyễn Hồng Nhung ứng dụng phần mềm tương tác, tiết Tin học 6 của thầy Đỗ Minh Khoa hướng dẫn học sinh lập trình Scratch.", "j"),
            Img(
                _doc(45102, "IMG_4502.JPG", "c41e7b93-0a5d-4d8e-9f26-71b3a0e8d254", 1764826590000),
                "Học sinh lớp 6A2 thực hành lập trình Scratch",
                "Học sinh lớp 6A2 thực hành lập trình Scratch",
                style="figure",
            ),
            P("Kết quả, 12 thầy cô đạt danh hiệu giáo viên dạy giỏi cấp trường; 5 thầy cô có kết quả xuất sắc được nhà trường đề cử tham gia Hội thi cấp thành phố tổ chức vào tháng 01/2027.", "j"),
            P("Phát biểu bế mạc Hội thi, cô Đặng Thị Minh Nguyệt, Hiệu trưởng nhà trường ghi nhận sự chuẩn bị công phu của các thầy cô và đề nghị các tổ chuyên môn tiếp tục tổ chức dự giờ, rút kinh nghiệm để lan tỏa những cách làm hay.", "j"),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Thu Trang - Ảnh: Đỗ Minh Khoa</strong></p>'),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Đỗ Minh Khoa"],
        summary="Từ ngày 23/11 đến ngày 03/12/2026, Trường THCS Trần Phú tổ chức Hội thi giáo viên dạy giỏi cấp trường với sự tham gia của 18 thầy, cô giáo thuộc 4 tổ chuyên môn.",
        sapo_outside=True,
        opts={
            "eid": 41263,
            "user": WEBMASTER,
            "views": 214,
            "comments": [
                ("Phụ huynh lớp 9A1", "cách đây 1 ngày", "Chúc mừng các thầy cô! Tiết dạy của cô Lan rất hay, các con về nhà kể mãi."),
                ("Nguyễn Văn Thắng", "cách đây 20 giờ", "Mong nhà trường đạt nhiều giải ở Hội thi cấp thành phố."),
            ],
            "related": [5, 9],
        },
    ),
    Story(
        2,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027",
        "Thông báo",
        "2026-11-30",
        [
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
                '<tr><td style="text-align:center; width:42%">UBND THÀNH PHỐ PHỦ LÝ<br />'
                "<strong>TRƯỜNG THCS TRẦN PHÚ</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
                "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center">Số: 148/TB-THCSTP</td>'
                '<td style="text-align:center"><em>Phủ Lý, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
            ),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Lịch kiểm tra cuối học kì I năm học 2026 - 2027</strong></p>'),
            P("Căn cứ Kế hoạch số 112/KH-THCSTP ngày 05/9/2026 của Trường THCS Trần Phú về thực hiện nhiệm vụ năm học 2026 - 2027 và hướng dẫn của Phòng Giáo dục và Đào tạo thành phố Phủ Lý về kiểm tra, đánh giá cuối học kì I;", "j"),
            P("Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027 như sau:", "j"),
            P("1. Lịch kiểm tra các môn tập trung", "b"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
            P("2. Các môn còn lại kiểm tra tại lớp theo thời khóa biểu từ ngày 14/12 đến ngày 19/12/2026.", "b"),
            P("Giáo viên chủ nhiệm thông báo lịch kiểm tra tới học sinh và cha mẹ học sinh;", "li"),
            P("Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và đồ dùng học tập cần thiết.", "li"),
            P("Đề nghị các tổ chuyên môn, giáo viên và học sinh nghiêm túc thực hiện./.", "j"),
            Raw(
                '<table border="0" style="width:100%"><tbody><tr>'
                '<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />'
                "- Phòng GD&amp;ĐT (để b/c);<br />- CB, GV, NV, HS;<br />- Lưu: VT.</td>"
                '<td style="text-align:center; vertical-align:top"><strong>KT. HIỆU TRƯỞNG<br />'
                "PHÓ HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br />"
                "<strong>Trần Văn Bình</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Trần Văn Bình"],
        opts={
            "eid": 41250,
            "user": WEBMASTER,
            "display": "2026-12-02",
            "views": 388,
            "abstract": "Nhà trường thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027 tới cán bộ, giáo viên, học sinh và cha mẹ học sinh.",
        },
    ),
    Story(
        3,
        "lien-doi-trao-tang-120-chiec-ao-am-cho-hoc-sinh-co-hoan-canh-kho-khan",
        "Liên đội trao tặng 120 chiếc áo ấm cho học sinh có hoàn cảnh khó khăn",
        "Đoàn - Đội",
        "2026-11-27",
        [
            Img(
                _pfe("trao-ao-am.jpg", "0b7e2d61-93c4-4a8f-b1d5-2c6e8f0a3b97"),
                "Đại diện Liên đội trao áo ấm cho học sinh có hoàn cảnh khó khăn",
                "Đại diện Liên đội trao áo ấm cho học sinh có hoàn cảnh khó khăn",
                style="cover",
            ),
            P("Hưởng ứng chương trình “Áo ấm mùa đông” năm 2026, trong hai tuần từ ngày 09/11 đến ngày 21/11/2026, Liên đội Trường THCS Trần Phú đã phát động các chi đội quyên góp áo ấm, sách vở và đồ dùng học tập."),
            P("Với tinh thần “lá lành đùm lá rách”, các em đội viên đã tiết kiệm tiền ăn sáng, tham gia phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa để gây quỹ. Nhiều cha mẹ học sinh và các thầy cô giáo cũng tích cực ủng hộ."),
            P("Kết quả, Liên đội đã quyên góp được 120 chiếc áo ấm mới, 350 cuốn vở, 80 bộ đồ dùng học tập và số tiền 12.500.000 đồng."),
            Img(
                _doc(45130, "ao-am-2.jpg", "5d2a8c17-6e0b-4f93-a4c8-b19e37d0f625", 1764143220000),
                "Các em đội viên chi đội 8A3 phân loại áo ấm quyên góp được",
                "Các em đội viên chi đội 8A3 phân loại áo ấm quyên góp được",
                style="pic",
            ),
            P("Chiều ngày 26/11/2026, Liên đội đã tổ chức trao quà cho 45 học sinh có hoàn cảnh khó khăn của nhà trường và 30 học sinh Trường THCS Thanh Thủy, thị xã Duy Tiên."),
            P("Em Trần Ngọc Ánh, lớp 7A4 chia sẻ: “Em rất xúc động khi được các bạn tặng chiếc áo mới. Em sẽ cố gắng học tập thật tốt để không phụ lòng thầy cô và các bạn”."),
            P("Chương trình là hoạt động thiết thực, góp phần giáo dục truyền thống tương thân tương ái và bồi dưỡng lòng nhân ái cho các em đội viên."),
        ],
        authors=["Vũ Thị Hà"],
        opts={"eid": 41238, "user": "Vũ Thị Hà", "views": 176, "related": [7]},
    ),
    Story(
        4,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "Tin hoạt động",
        "2026-11-20",
        [
            Img(
                _pfe("le-ky-niem-20-11.jpg", "e8a41f05-2c9b-47d3-8e16-f0b5c2a97d38"),
                "Ảnh: Đỗ Minh Khoa",
                None,
                style="cover",
            ),
            P("Về dự buổi lễ có đồng chí Nguyễn Mạnh Cường, Phó Trưởng phòng Giáo dục và Đào tạo thành phố Phủ Lý; đại diện lãnh đạo Đảng ủy, UBND phường Quang Trung; Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu.", "j"),
            P("Trong diễn văn kỷ niệm, cô Đặng Thị Minh Nguyệt, Hiệu trưởng nhà trường ôn lại truyền thống vẻ vang của ngành Giáo dục và chặng đường hơn 50 năm xây dựng, phát triển của nhà trường. Năm học 2025 - 2026, nhà trường có 32 học sinh đạt giải học sinh giỏi cấp thành phố, 11 học sinh đạt giải cấp tỉnh; tỉ lệ học sinh đỗ vào lớp 10 THPT công lập đạt 94,6%.", "j"),
            Img(
                _doc(45118, "van-nghe-20-11.jpg", "a7c03e92-5f1d-4b6a-9d24-8e0f13c6b5a1", 1763623800000),
                "Ảnh: Đỗ Minh Khoa",
                None,
                style="pic",
            ),
            P("Thay mặt lãnh đạo Phòng GD&ĐT, đồng chí Nguyễn Mạnh Cường ghi nhận, biểu dương những kết quả nhà trường đạt được, đồng thời đề nghị tập thể sư phạm tiếp tục đổi mới phương pháp dạy học, thực hiện hiệu quả Chương trình giáo dục phổ thông 2018.", "j"),
            P("Dịp này, nhà trường đã khen thưởng 14 tập thể lớp và 36 cá nhân có thành tích xuất sắc trong đợt thi đua “Hoa điểm tốt dâng thầy cô”.", "j"),
            Img(
                _doc(45118, "khen-thuong-20-11.jpg", "1f6b9d30-8c2e-4e75-a0d9-3b7c5e1f2a84", 1763623860000),
                "Ban Giám hiệu trao thưởng cho các tập thể lớp xuất sắc",
                "Ban Giám hiệu trao thưởng cho các tập thể lớp xuất sắc",
                style="figure",
            ),
            P("Buổi lễ khép lại bằng những tiết mục văn nghệ đặc sắc do các em học sinh biểu diễn, thể hiện lòng biết ơn sâu sắc đối với các thầy cô giáo.", "j"),
        ],
        authors=["Lê Thị Mai"],
        photographers=["Đỗ Minh Khoa"],
        summary="Sáng 20/11/2026, Trường THCS Trần Phú long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tổng kết đợt thi đua chào mừng ngày 20/11.",
        sapo_outside=True,
        opts={
            "eid": 41221,
            "user": "Lê Thị Mai",
            "views": 612,
            "comments": [
                ("Cựu học sinh khóa 2010 - 2014", "cách đây 2 tuần", "Kính chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
                ("Trần Minh Quân", "cách đây 2 tuần", "Nhớ trường, nhớ thầy cô nhiều lắm."),
                ("Phụ huynh lớp 6A3", "cách đây 15 ngày", "Buổi lễ rất ý nghĩa, các cháu biểu diễn văn nghệ rất đẹp."),
            ],
        },
    ),
    Story(
        5,
        "chuyen-de-cap-thanh-pho-mon-ngu-van-8",
        "Chuyên đề cấp thành phố môn Ngữ văn 8: Dạy học đọc hiểu văn bản theo đặc trưng thể loại",
        "Chuyên môn",
        "2026-11-17",
        [
            Img(_pfe("chuyen-de-ngu-van-8.jpg", "6c9e2b48-1d7a-4f05-b3e8-a52d0c4f7e19"), None, None, style="cover"),
            P("Ngày 14/11/2026, Phòng Giáo dục và Đào tạo thành phố Phủ Lý phối hợp với Trường THCS Trần Phú tổ chức chuyên đề môn Ngữ văn 8 với chủ đề “Dạy học đọc hiểu văn bản theo đặc trưng thể loại”.", "div"),
            P("Tham dự chuyên đề có các đồng chí chuyên viên Phòng GD&ĐT, cán bộ quản lí và hơn 60 giáo viên dạy Ngữ văn của các trường THCS trên địa bàn thành phố.", "div"),
            P("Tiết dạy minh họa một văn bản truyện ngắn do cô Trần Thị Thu Hà thực hiện tại lớp 8A1. Cô đã tổ chức cho học sinh tìm hiểu văn bản qua phiếu học tập, sơ đồ tư duy và hoạt động đóng vai, từ đó giúp các em nhận biết đặc điểm của truyện ngắn như cốt truyện, nhân vật, người kể chuyện và điểm nhìn.", "div"),
            P("Ở phần thảo luận, các đại biểu đã trao đổi nhiều ý kiến về cách xây dựng câu hỏi đọc hiểu theo các mức độ nhận biết, thông hiểu, vận dụng và việc hướng dẫn học sinh vận dụng kĩ năng đọc vào các văn bản ngoài sách giáo khoa.", "div"),
            P("Kết luận chuyên đề, chuyên viên Phòng GD&ĐT đánh giá cao sự chuẩn bị chu đáo của nhà trường và đề nghị giáo viên tiếp tục đổi mới kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực người học.", "div"),
            Raw('<div style="text-align: right;"><strong>Tổ Khoa học xã hội</strong></div>'),
        ],
        authors=["Tổ Khoa học xã hội"],
        opts={"eid": 41214, "user": WEBMASTER, "views": 143, "related": [1]},
    ),
    Story(
        6,
        "học-sinh-trường-thcs-trần-phú-đạt-9-giải-trong-kỳ-thi-chọn-học-sinh-giỏi-lớp-9-cấp-thành-phố",
        "Học sinh Trường THCS Trần Phú đạt 9 giải trong Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố",
        "Tin hoạt động",
        "2026-11-12",
        [
            Img(
                _pfe("hsg-lop-9-2026.jpg", "9a3d5f70-4b1e-4c28-8f6a-0e7d2b9c1a56"),
                "Các em học sinh đạt giải cùng thầy cô phụ trách đội tuyển",
                "Các em học sinh đạt giải cùng thầy cô phụ trách đội tuyển",
                style="cover",
            ),
            P("Trong Kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026 - 2027 do Phòng GD&ĐT thành phố Phủ Lý tổ chức ngày 07/11/2026, Trường THCS Trần Phú có 9 học sinh đạt giải, gồm 2 giải Nhất, 3 giải Nhì, 2 giải Ba và 2 giải Khuyến khích."),
            P("Danh sách học sinh đạt giải Nhất, giải Nhì:"),
            P("TT | Họ và tên | Lớp | Môn thi | Giải", "tr"),
            P("1 | Nguyễn Minh Châu | 9A1 | Toán | Nhất", "tr"),
            P("2 | Lê Hoàng Bảo Ngọc | 9A2 | Ngữ văn | Nhất", "tr"),
            P("3 | Phạm Đức Anh | 9A1 | Khoa học tự nhiên | Nhì", "tr"),
            P("4 | Trần Thu Trang | 9A3 | Tiếng Anh | Nhì", "tr"),
            P("5 | Vũ Gia Huy | 9A1 | Tin học | Nhì", "tr"),
            P("Đây là kết quả của quá trình bồi dưỡng bền bỉ của các thầy cô giáo và sự nỗ lực của các em học sinh. 9 em đạt giải sẽ tiếp tục được bồi dưỡng để tham gia Kỳ thi chọn học sinh giỏi cấp tỉnh vào tháng 3/2027."),
            P("Nhà trường nhiệt liệt chúc mừng các em và mong các em tiếp tục phát huy thành tích trong các kỳ thi tiếp theo."),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
        opts={"eid": 41205, "user": WEBMASTER, "views": 540},
    ),
    Story(
        7,
        "soi-noi-hoi-thi-rung-chuong-vang-khoi-7",
        "Sôi nổi Hội thi “Rung chuông vàng” khối 7 chào mừng Ngày Nhà giáo Việt Nam",
        "Đoàn - Đội",
        "2026-11-06",
        [
            Img(
                _pfe("rung-chuong-vang-k7.jpg", "b2f84c1a-7e3d-4a96-8c05-d1e9a6f3b270"),
                "Toàn cảnh Hội thi tại sân trường",
                "Toàn cảnh Hội thi tại sân trường",
                style="cover",
            ),
            P("Hội thi gồm 30 câu hỏi thuộc các lĩnh vực Toán học, Ngữ văn, Khoa học tự nhiên, Lịch sử và Địa lí, Tiếng Anh và hiểu biết xã hội, đặc biệt là các câu hỏi về truyền thống Ngày Nhà giáo Việt Nam 20/11."),
            P("Sau mỗi câu hỏi, số thí sinh trên sàn thi đấu giảm dần. Phần cứu trợ của khán giả là các em học sinh khối 6 và khối 8 diễn ra sôi nổi, giúp nhiều thí sinh trở lại sàn thi."),
            Img(
                _doc(45124, "rcv-02.jpg", "d90e6a25-3c8f-4b17-a5e2-7f4b0c9d8e13", 1762420380000),
                "Các thí sinh tập trung trả lời câu hỏi",
                "Các thí sinh tập trung trả lời câu hỏi",
                style="figure",
            ),
            P("Vượt qua 29 câu hỏi, em Nguyễn Bảo Châm, lớp 7A2 trở thành thí sinh duy nhất còn lại trên sàn thi đấu và xuất sắc rung tiếng chuông vàng ở câu hỏi cuối cùng."),
            Raw(
                '<div class="embed-responsive embed-responsive-16by9" data-embed-id="https://www.youtube.com/embed/x7Qm2RcVk3E">'
                '<iframe allowfullscreen="" frameborder="0" height="315" src="https://www.youtube.com/embed/x7Qm2RcVk3E" width="560"></iframe></div>'
            ),
            P("Ban tổ chức đã trao giải Nhất cho em Nguyễn Bảo Châm, giải Nhì cho em Đinh Quang Hải (lớp 7A1) và giải Ba cho em Lê Khánh Linh (lớp 7A4)."),
            Raw("@@XEMTHEM@@"),
        ],
        authors=["Vũ Thị Hà"],
        summary="Chiều 05/11/2026, Liên đội Trường THCS Trần Phú tổ chức Hội thi “Rung chuông vàng” dành cho 180 học sinh khối 7.",
        sapo_outside=True,
        opts={"eid": 41197, "user": "Vũ Thị Hà", "views": 301, "related": [3]},
    ),
    Story(
        8,
        "tap-huan-ky-nang-phong-chay-chua-chay-va-cuu-nan-cuu-ho",
        "Tập huấn kỹ năng phòng cháy, chữa cháy và cứu nạn, cứu hộ cho giáo viên và học sinh",
        "Tin hoạt động",
        "2026-11-02",
        [
            Img(
                _pfe("tap-huan-pccc.jpg", "4e1c7a93-0f5b-4d28-96a3-c8b2e5d1f047"),
                "Cán bộ Đội Cảnh sát PCCC và CNCH hướng dẫn kỹ năng thoát nạn",
                "Cán bộ Đội Cảnh sát PCCC và CNCH hướng dẫn kỹ năng thoát nạn",
                style="cover",
            ),
            P("Sáng ngày 31/10/2026, Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố Phủ Lý phối hợp với Trường THCS Trần Phú tổ chức buổi tập huấn kỹ năng phòng cháy, chữa cháy và thoát nạn cho hơn 900 cán bộ, giáo viên, nhân viên và học sinh nhà trường.", "j"),
            P("Theo kế hoạch, buổi tập huấn gồm hai phần: phần lí thuyết tại sân trường và phần thực hành với các tình huống giả định.", "j"),
            P("Tại buổi tập huấn, cán bộ Đội Cảnh sát PCCC và CNCH đã phổ biến những kiến thức cơ bản về nguyên nhân gây cháy, nổ; cách sử dụng bình chữa cháy xách tay; kỹ năng thoát nạn khi xảy ra cháy trong nhà cao tầng và cách sơ cứu người bị nạn.", "j"),
            Img(
                _doc(45127, "pccc-thuc-hanh.jpg", "7b0d3e86-a2c4-4f19-b6e7-5d8a1c0f9e32", 1762058100000),
                "Học sinh thực hành sử dụng bình chữa cháy xách tay",
                "Học sinh thực hành sử dụng bình chữa cháy xách tay",
                style="pic",
            ),
            P("Phần thực hành diễn ra sôi nổi với tình huống giả định cháy tại phòng thí nghiệm tầng 3. Học sinh được hướng dẫn dùng khăn ướt che mũi, cúi thấp người và di chuyển theo lối thoát hiểm đến nơi an toàn.", "j"),
            P("Buổi tập huấn giúp cán bộ, giáo viên và học sinh nâng cao ý thức, trang bị kỹ năng cần thiết để chủ động phòng ngừa và xử lí khi có sự cố cháy, nổ xảy ra.", "j"),
            Raw('<p style="text-align: right;"><em>Theo Cổng thông tin điện tử thành phố Phủ Lý</em></p>'),
        ],
        source="Cổng thông tin điện tử thành phố Phủ Lý",
        opts={"eid": 41188, "user": WEBMASTER, "views": 265},
    ),
    Story(
        9,
        "sinh-hoạt-chuyên-môn-theo-nghiên-cứu-bài-học-tại-tổ-khoa-học-tự-nhiên",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Khoa học tự nhiên",
        "Chuyên môn",
        "2026-10-28",
        [
            P("Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 24/10/2026, tổ Khoa học tự nhiên Trường THCS Trần Phú tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài “Tốc độ chuyển động” (Khoa học tự nhiên 7).", "j"),
            P("Trước buổi sinh hoạt, nhóm giáo viên đã cùng nhau thiết kế bài dạy, dự kiến các tình huống học sinh có thể gặp khó khăn và phân công người dạy minh họa.", "j"),
            P("Tiết dạy minh họa do cô Lương Thị Thảo thực hiện tại lớp 7A3. Các thầy cô dự giờ tập trung quan sát hoạt động học của học sinh thay vì chỉ quan sát giáo viên.", "j"),
            Img(
                _doc(45121, "sinh-hoat-nclb-khtn.jpg", "2a8f6c14-d3e0-4b79-91c5-e6f7a0b4d283", 1761634800000),
                "Giáo viên trong tổ quan sát học sinh thảo luận nhóm",
                "Giáo viên trong tổ quan sát học sinh thảo luận nhóm",
                style="figure",
            ),
            P("Trong phần thảo luận, các thầy cô đã chia sẻ những điều quan sát được như: học sinh nào tích cực, học sinh nào còn lúng túng, nguyên nhân vì sao và cách điều chỉnh hoạt động cho phù hợp.", "j"),
            P("Qua buổi sinh hoạt, các thành viên trong tổ thống nhất một số biện pháp: tăng cường thí nghiệm đo tốc độ bằng đồng hồ bấm giây, giao nhiệm vụ phân hóa theo năng lực và sử dụng phiếu học tập có gợi ý.", "j"),
            Raw('<p style="text-align: right;"><em>ThS. Hoàng Minh Đức - Tổ trưởng tổ KHTN</em></p>'),
        ],
        authors=["Hoàng Minh Đức"],
        opts={"eid": 41176, "user": WEBMASTER, "views": 118, "related": [1]},
    ),
    Story(
        10,
        "thong-bao-tuyen-chon-hoc-sinh-tham-gia-doi-tuyen-bong-da",
        "Thông báo tuyển chọn học sinh tham gia đội tuyển bóng đá nam, nữ năm 2026",
        "Thông báo",
        "2026-10-22",
        [
            P("Nhằm chuẩn bị lực lượng tham gia Giải bóng đá học sinh THCS thành phố Phủ Lý năm 2026, nhà trường thông báo tuyển chọn học sinh tham gia đội tuyển bóng đá nam, nữ như sau:"),
            P("- Đối tượng: học sinh khối 6, 7, 8 có sức khỏe tốt, yêu thích môn bóng đá."),
            P("- Thời gian tuyển chọn: 16 giờ 30 phút các ngày 27 và 28/10/2026.", "br"),
            P("- Địa điểm: sân bóng nhà trường.", "br"),
            P("Học sinh có nguyện vọng đăng kí với giáo viên chủ nhiệm hoặc thầy Phạm Quốc Việt, giáo viên Giáo dục thể chất trước ngày 26/10/2026."),
            P("Khi tham gia tuyển chọn, học sinh mang theo giày, quần áo thể thao và nước uống cá nhân."),
            Raw(
                '<p><strong>Tệp đính kèm:</strong> <a href="/documents/40117/45870/TB+tuyen+chon+doi+bong+da.pdf/'
                'f3c1a9e0-7b26-4d58-8e4f-0a9b2c6d5e71?version=1.0&amp;download=true">'
                "TB tuyen chon doi bong da.pdf</a> (215 KB)</p>"
            ),
        ],
        opts={"eid": 41163, "user": WEBMASTER, "views": 207},
    ),
    Story(
        11,
        "ngay-hoi-doc-sach-moi-cuon-sach-mot-nguoi-ban-nam-2026",
        "Ngày hội đọc sách “Mỗi cuốn sách – một người bạn” năm 2026",
        "Tin hoạt động",
        "2026-10-15",
        [
            Img(
                _pfe("ngay-hoi-doc-sach-2026.jpg", "8f2b0d6e-c4a1-4e37-a9d5-1b6c3e7f0a48"),
                "Góc trưng bày sách của lớp 6A1",
                "Góc trưng bày sách của lớp 6A1",
                style="cover",
            ),
            P("Ngày hội được tổ chức tại sân trường và thư viện nhà trường trong hai ngày 13 và 14/10/2026, do Liên đội phối hợp với tổ Văn phòng - Thư viện thực hiện."),
            P("Mỗi lớp chuẩn bị một gian trưng bày sách theo chủ đề tự chọn như: sách về quê hương Hà Nam, truyện thiếu nhi Việt Nam, sách khoa học phổ thông, sách kỹ năng sống. Các gian sách được trang trí bằng tranh vẽ, mô hình và sản phẩm tái chế do chính các em làm."),
            P("Sôi nổi nhất là phần thi giới thiệu sách. Em Đỗ Khánh Vy, lớp 8A2 đã giới thiệu cuốn “Dế Mèn phiêu lưu ký” bằng hình thức kể chuyện kết hợp sân khấu hóa, nhận được sự cổ vũ nhiệt tình của các bạn."),
            Img(
                _doc(45109, "gioi-thieu-sach.jpg", "3e7a9c52-1f0d-4b86-a2e4-d5c8b6f1e093", 1760512200000),
                "Phần thi giới thiệu sách của học sinh khối 8",
                "Phần thi giới thiệu sách của học sinh khối 8",
                style="figure",
            ),
            P("Bên cạnh đó, nhiều học sinh tham gia cuộc thi vẽ tranh theo tác phẩm văn học và quyên góp sách cho “Tủ sách lớp học”. Sau ngày hội, thư viện nhà trường tiếp nhận thêm hơn 600 cuốn sách các loại."),
            P("Ngày hội góp phần xây dựng văn hóa đọc, khơi dậy niềm say mê đọc sách trong học sinh và xây dựng môi trường học tập thân thiện."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Trần Thị Ngọc Anh</strong></p>'),
        ],
        authors=["Trần Thị Ngọc Anh"],
        photographers=["Trần Thị Ngọc Anh"],
        summary="Ngày hội đọc sách năm 2026 thu hút hơn 800 học sinh tham gia với nhiều hoạt động bổ ích như trưng bày sách, giới thiệu sách, vẽ tranh theo tác phẩm văn học.",
        sapo_outside=True,
        opts={
            "eid": 41150,
            "user": WEBMASTER,
            "views": 455,
            "comments": [
                ("Lê Thu Hằng", "cách đây 1 tháng", "Các con rất hào hứng với ngày hội. Cảm ơn nhà trường!"),
            ],
        },
    ),
    Story(
        12,
        "hội-nghị-viên-chức-người-lao-động-năm-học-2026-2027",
        "Hội nghị viên chức, người lao động năm học 2026 - 2027",
        "Tin hoạt động",
        "2026-10-09",
        [
            Img(_pfe("hoi-nghi-vien-chuc-2026.jpg", "c5d17e40-9b3a-4f62-8d0e-a4f2b7c1e659"), "Ảnh: Đỗ Minh Khoa", None, style="cover"),
            P("Chiều ngày 08/10/2026, Trường THCS Trần Phú tổ chức Hội nghị viên chức, người lao động năm học 2026 - 2027 với sự tham gia của 58 cán bộ, giáo viên, nhân viên nhà trường.", "mso"),
            P("Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính, báo cáo hoạt động của Ban Thanh tra nhân dân và báo cáo công tác thi đua, khen thưởng.", "mso"),
            P("Trên cơ sở thảo luận dân chủ, hội nghị đã thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ cơ sở và các chỉ tiêu thi đua năm học mới; trong đó phấn đấu 100% giáo viên sử dụng thành thạo phần mềm quản lí học tập và hồ sơ điện tử.", "mso"),
            P("Hội nghị cũng bầu Ban Thanh tra nhân dân nhiệm kì 2026 - 2028 gồm 3 đồng chí, do cô Phan Thị Huyền làm Trưởng ban.", "mso"),
            P("Kết thúc hội nghị, toàn thể cán bộ, giáo viên, nhân viên đã kí giao ước thi đua, quyết tâm hoàn thành xuất sắc nhiệm vụ năm học 2026 - 2027.", "mso"),
        ],
        photographers=["Đỗ Minh Khoa"],
        opts={"eid": 41139, "user": WEBMASTER, "views": 96},
    ),
    Story(
        13,
        "hoc-sinh-khoi-6-trai-nghiem-thuc-te-tai-den-tran-thuong",
        "Học sinh khối 6 trải nghiệm thực tế tại Khu di tích lịch sử Đền Trần Thương",
        "Tin hoạt động",
        "2026-10-02",
        [
            Img(
                _pfe("trai-nghiem-den-tran-thuong.jpg", "1a9c4e7f-6d2b-4083-b5f1-e0d3a8c7b624"),
                "Học sinh khối 6 dâng hương tại Đền Trần Thương",
                "Học sinh khối 6 dâng hương tại Đền Trần Thương",
                style="cover",
            ),
            P("Thực hiện kế hoạch giáo dục địa phương và hoạt động trải nghiệm, hướng nghiệp, ngày 30/9/2026, Trường THCS Trần Phú tổ chức cho hơn 250 học sinh khối 6 tham quan, trải nghiệm thực tế tại Khu di tích lịch sử Đền Trần Thương, xã Trần Hưng Đạo, huyện Lý Nhân.", "j"),
            P("Đền Trần Thương là nơi thờ Hưng Đạo Đại vương Trần Quốc Tuấn, được xếp hạng di tích lịch sử quốc gia đặc biệt. Tương truyền đây là nơi quân nhà Trần xây dựng kho lương phục vụ cuộc kháng chiến chống quân Nguyên - Mông.", "j"),
            Img(
                _doc(45103, "den-tran-thuong-01.jpg", "6f0b2d84-e9c1-4a57-8b3d-2c7e5a1f9d06", 1759296600000),
                "Các em nghe thuyết minh về lịch sử ngôi đền",
                "Các em nghe thuyết minh về lịch sử ngôi đền",
                style="pic",
            ),
            P("Tại đây, các em được nghe cán bộ Ban quản lí di tích thuyết minh về lịch sử ngôi đền, về lễ hội phát lương diễn ra vào đêm 14 tháng Giêng hằng năm và những chiến công hiển hách của quân dân nhà Trần.", "j"),
            P("Sau phần dâng hương, các em hoàn thành phiếu học tập theo nhóm, vẽ sơ đồ khu di tích và ghi lại cảm nhận của mình. Nhiều nhóm đã có những bài thu hoạch sáng tạo, giàu cảm xúc.", "j"),
            Img(
                _doc(45103, "den-tran-thuong-02.jpg", "b8e3f1a6-5c0d-4297-a4e8-9d1b6f2c0e75", 1759296660000),
                "Học sinh lớp 6A4 hoàn thành phiếu học tập theo nhóm",
                "Học sinh lớp 6A4 hoàn thành phiếu học tập theo nhóm",
                style="figure",
            ),
            P("Chuyến đi giúp các em hiểu thêm về lịch sử, văn hóa của quê hương Hà Nam, bồi dưỡng lòng tự hào dân tộc và ý thức giữ gìn, phát huy giá trị di sản.", "j"),
            Raw('<p style="text-align: right;"><strong>Nguyễn Thị Thu Hương - Giáo viên Lịch sử và Địa lí</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hương"],
        opts={"eid": 41127, "user": WEBMASTER, "views": 233},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: newest first, by the widget's display date
ORDER = sorted(STORIES, key=lambda s: s.opts.get("display", s.published_at), reverse=True)
HOME_IDS = [s.id for s in ORDER[:4]]
MOST_READ = sorted(STORIES, key=lambda s: -s.opts["views"])[:5]

# --- URLs and dates --------------------------------------------------------------------------------


def enc(slug: str) -> str:
    """The url-title as Liferay prints it in links (Vietnamese letters percent-encoded)."""
    return quote(slug, safe="-")


def entry_path(story: Story) -> str:
    return f"{NEWS}/-/blogs/{enc(story.slug)}"


def display_path(story: Story) -> str:
    return f"{SITE}/b/{enc(story.slug)}"


BACK_TITLE = quote_plus("Trang chủ")


def display_link(story: Story, current: str) -> str:
    """The Collection Display's link: the display page with Liferay 7.4's back-URL parameters."""
    return f"{display_path(story)}?p_l_back_url={quote(current, safe='')}&p_l_back_url_title={BACK_TITLE}"


def find_entry_link(story: Story) -> str:
    return (
        f"/c/blogs/find_entry?p_l_id=20&noSuchEntryRedirect={quote(SITE + '/trang-chu', safe='')}"
        f"&entryId={story.opts['eid']}"
    )


def list_link(cat: int | None = None, cur: int | None = None, delta: int | None = None) -> str:
    """A Blogs widget listing: bare, or with the pager's namespaced render parameters."""
    if cur is None and delta is None:
        return NEWS + (f"?p_r_p_categoryId={cat}" if cat else "")
    parts = [f"p_p_id={PORTLET}", "p_p_lifecycle=0", "p_p_state=normal", "p_p_mode=view"]
    if cat:
        parts.append(f"p_r_p_categoryId={cat}")
    parts += [
        f"{NS}mvcRenderCommandName=%2Fblogs%2Fview",
        f"{NS}cur={cur or 1}",
        f"{NS}delta={delta or DELTAS[0]}",
    ]
    return NEWS + "?" + "&".join(parts)


def cat_link(cat: str) -> str:
    return list_link(CAT_ID[cat])


def display_date(story: Story) -> str:
    return story.opts.get("display", story.published_at)


def medium_vi(day: str) -> str:
    """JDK CLDR medium date for vi_VN: "4 thg 12, 2026"."""
    y, m, d = day.split("-")
    return f"{int(d)} thg {int(m)}, {y}"


def dmy(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}/{m}/{y}"


def reading_minutes(story: Story) -> int:
    words = sum(len(p.split()) for p in story.paragraphs)
    return max(1, round(words / 200))


def cover(story: Story) -> Img | None:
    first = story.blocks[0]
    return first if isinstance(first, Img) and first.style == "cover" else None


def abstract(story: Story) -> str:
    if "abstract" in story.opts:
        return story.opts["abstract"]
    text_ = next(b.text for b in story.blocks if isinstance(b, P))
    if len(text_) <= 180:
        return text_
    cut = text_[:180].rsplit(" ", 1)[0]
    return cut + "..."


# --- the entry's text as the editor left it ---------------------------------------------------------


def _file_entry_id(src: str) -> int:
    uuid = src.split("/")[5].split("?")[0]
    return 45200 + int(uuid[:4], 16) % 700


def _picture(img: Img, alt: str = "") -> str:
    """Adaptive Media's markup for an image picked from Documents and Media."""
    src = img.src
    if not src.startswith(f"/documents/{GROUP}/"):
        return f'<img alt="{esc(alt)}" src="{esc(src)}" />'
    fid = _file_entry_id(src)
    name = src.split("/")[4]
    t = src.split("?t=")[1]
    thumb = f"/o/adaptive-media/image/{fid}/Thumbnail-300x300/{name}?t={t}"
    prev = f"/o/adaptive-media/image/{fid}/Preview-1000x0/{name}?t={t}"
    return (
        f'<picture data-fileentryid="{fid}">'
        f'<source media="(max-width:300px)" srcset="{thumb}" />'
        f'<source media="(max-width:1000px) and (min-width:300px)" srcset="{prev}" />'
        f'<img alt="{esc(alt)}" data-fileentryid="{fid}" src="{esc(src)}" /></picture>'
    )


def _para(p: P, inner: str) -> str:
    if p.style == "j":
        return f'<p style="text-align: justify;">{inner}</p>'
    if p.style == "div":
        return f"<div>{inner}</div>"
    if p.style == "b":
        return f"<p><strong>{inner}</strong></p>"
    if p.style == "mso":
        inner = inner.replace(". ", ".&nbsp; ")
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;'
            f'font-family:&quot;Times New Roman&quot;,serif">{inner}<o:p></o:p></span></p>'
        )
    return f"<p>{inner}</p>"


def content_html(story: Story, base: str) -> str:
    """The entry's content field: paragraphs, tables, lists and images, cover excluded."""
    out: list[str] = []
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style == "cover")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%">'
                f"<thead>{rows[0]}</thead><tbody>{''.join(rows[1:])}</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P):
            inner = esc(b.text)
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                inner += "<br />\n" + esc(blocks[i].text)
                i += 1
            out.append(_para(b, inner))
            out.append("<p>&nbsp;</p>" if b.style == "mso" and i % 3 == 0 else "")
            continue
        if isinstance(b, Img):
            if b.style == "figure":
                out.append(
                    f'<figure class="image">{_picture(b)}<figcaption>{esc(b.printed or "")}</figcaption></figure>'
                )
            else:
                out.append(f'<p style="text-align: center;">{_picture(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
            i += 1
            continue
        if isinstance(b, Raw):
            if b.html == "@@XEMTHEM@@":
                other = BY_ID[11]
                out.append(
                    f'<p><strong>Xem thêm:</strong> <a href="{base}{entry_path(other)}">'
                    f"{esc(other.title)}</a></p>"
                )
            else:
                out.append(b.html)
            i += 1
            continue
        i += 1
    return "\n".join(x for x in out if x)

# --- the theme's chrome -----------------------------------------------------------------------------

_ICONS = "/o/thcstranphu-theme/images/clay/icons.svg"


def _svg(name: str) -> str:
    return (
        f'<svg aria-hidden="true" class="lexicon-icon lexicon-icon-{name}" focusable="false">'
        f'<use href="{_ICONS}#{name}"></use></svg>'
    )


def _js_path(path: str) -> str:
    return path.replace("/", "\\x2f").replace("-", "\\x2d")


def _nav(current: str) -> str:
    def item(lid: int, href: str, label: str, children: list[tuple[str, str]] | None = None) -> str:
        sel = " selected active" if current == label else ""
        if not children:
            return (
                f'<li class="lfr-nav-item nav-item{sel}" id="layout_{lid}" role="presentation">'
                f'<a aria-labelledby="layout_{lid}" class="nav-link text-truncate" href="{href}" role="menuitem">'
                f'<span class="text-truncate">{esc(label)}</span></a></li>'
            )
        subs = "".join(
            f'<li class="lfr-nav-item" role="presentation"><a class="dropdown-item" href="{h}" role="menuitem">{esc(t)}</a></li>'
            for h, t in children
        )
        return (
            f'<li class="lfr-nav-item nav-item dropdown{sel}" id="layout_{lid}" role="presentation">'
            f'<a aria-haspopup="true" class="nav-link text-truncate dropdown-toggle" href="{href}" role="menuitem">'
            f'<span class="text-truncate">{esc(label)} <span class="lfr-nav-child-toggle">{_svg("angle-down")}</span></span></a>'
            f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{subs}</ul></li>'
        )

    return (
        '<nav aria-label="Trang web" class="sort-pages modify-pages navbar navbar-expand-md" id="navigation" role="navigation">'
        '<ul aria-label="Trang web" class="navbar-nav" role="menubar">'
        + item(20, f"{SITE}/trang-chu", "Trang chủ")
        + item(21, f"{SITE}/gioi-thieu", "Giới thiệu", [
            (f"{SITE}/w/lich-su-nha-truong", "Lịch sử nhà trường"),
            (f"{SITE}/doi-ngu", "Đội ngũ cán bộ, giáo viên"),
        ])
        + item(23, NEWS, "Tin tức", [(cat_link(n), n) for n in CATS.values()])
        + item(24, f"{SITE}/van-ban", "Văn bản")
        + item(25, f"{SITE}/thu-vien-anh", "Thư viện ảnh")
        + item(26, f"{SITE}/lien-he", "Liên hệ")
        + "</ul></nav>"
    )


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    items = []
    for href, label in trail:
        if href:
            items.append(
                f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{href}" title="{esc(label)}">'
                f'<span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
            )
        else:
            items.append(
                f'<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">{esc(label)}</span></li>'
            )
    return (
        '<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_" '
        'id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_tp1bc_">'
        '<nav aria-label="Đường dẫn" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_INSTANCE_tp1bc_breadcrumbs-defaultScreen">'
        f'<ol class="breadcrumb">{"".join(items)}</ol></nav></div>'
    )


def _counter() -> str:
    return (
        '<section class="portlet" id="portlet_thongketruycap_WAR_thcstranphuportlet">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Thống kê truy cập</h2></div>'
        '<div class="portlet-body"><ul class="list-unstyled tk-truycap">'
        "<li>Đang online: <b>17</b></li><li>Hôm nay: <b>284</b></li>"
        "<li>Tháng này: <b>1.962</b></li><li>Tổng truy cập: <b>318.452</b></li></ul></div></section>"
    )


def _links_box() -> str:
    return (
        '<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_lkweb">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Liên kết website</h2></div>'
        '<div class="portlet-body"><div class="journal-content-article">'
        '<a href="https://phuly.edu.vn" target="_blank"><img alt="Phòng GD&amp;ĐT Phủ Lý" src="/documents/40117/0/banner-pgd.png/aa01?t=1700000000000" /></a>'
        '<a href="https://hanam.edu.vn" target="_blank"><img alt="Sở GD&amp;ĐT Hà Nam" src="/documents/40117/0/banner-sgd.png/aa02?t=1700000000000" /></a>'
        '<a href="https://csdl.moet.gov.vn" target="_blank"><img alt="CSDL ngành" src="/documents/40117/0/banner-csdl.png/aa03?t=1700000000000" /></a>'
        "</div></div></section>"
    )


def _cats_box(active: int | None = None) -> str:
    rows = "".join(
        f'<li class="tree-node"><span class="{"tag-selected" if cid == active else ""}">'
        f'<a href="{list_link(cid)}">{esc(name)}</a></span></li>'
        for cid, name in CATS.items()
    )
    return (
        '<section class="portlet" id="portlet_com_liferay_asset_categories_navigation_web_portlet_AssetCategoriesNavigationPortlet_INSTANCE_q8Rt">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Chuyên mục</h2></div>'
        '<div class="portlet-body"><div class="lfr-asset-category-list-container">'
        f'<ul class="lfr-asset-category-list list-unstyled">{rows}</ul></div></div></section>'
    )


def _thumb(story: Story) -> str:
    img = cover(story)
    if img is None:
        return ""
    return f'<img alt="" class="mr-2 tp-thumb" height="60" src="{esc(img.src)}?imageThumbnail=1" width="80" />'


def _most_read(base: str) -> str:
    rows = "".join(
        f'<li class="list-group-item media">{_thumb(s)}<a href="{base}{entry_path(s)}">{esc(s.title)}</a>'
        f' <span class="small text-secondary">({s.opts["views"]} lượt xem)</span></li>'
        for s in MOST_READ
    )
    return (
        '<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_xK3pLm9Qz2Wd">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Tin xem nhiều</h2></div>'
        f'<div class="portlet-body"><ul class="list-group tin-xem-nhieu">{rows}</ul></div></section>'
    )


def page(
    request: Request,
    *,
    title: str,
    layout: str,
    plid: int,
    main: str,
    side: str = "",
    trail: list[tuple[str | None, str]] | None = None,
    canonical: str | None = None,
    description: str = "",
    og_image: str | None = None,
    menu: str = "",
) -> Response:
    base = base_url(request)
    canon = base + (canonical or request.path)
    og = f'<meta property="og:image" content="{base}{esc(og_image)}" />' if og_image else ""
    desc = f'<meta content="{esc(description)}" lang="vi-VN" name="description" />' if description else ""
    body_cols = (
        f'<div class="row"><div class="col-md-8 portlet-column" id="column-1">{main}</div>'
        f'<div class="col-md-4 portlet-column" id="column-2">{side}</div></div>'
        if side
        else main
    )
    crumbs = _breadcrumb(trail) if trail else ""
    doc = f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {SCHOOL}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{desc}
<link data-senna-track="temporary" href="{canon}" rel="canonical" />
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{SCHOOL}" />
<meta property="og:title" content="{esc(title)} - {SCHOOL}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{canon}" />
{og}
<link href="/o/thcstranphu-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/thcstranphu-theme/css/clay.css?browserId=chrome&amp;themeId=thcstranphu_WAR_thcstranphutheme&amp;languageId=vi_VN&amp;t=1764720000000" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/thcstranphu-theme/css/main.css?browserId=chrome&amp;themeId=thcstranphu_WAR_thcstranphutheme&amp;languageId=vi_VN&amp;t=1764720000000" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.Browser = {{isChrome: function() {{return true;}}}};
var themeDisplay = Liferay.ThemeDisplay = {{
  getLayoutId: function() {{return '{plid - 17}';}},
  getLayoutRelativeURL: function() {{return '{_js_path(request.path)}';}},
  getLanguageId: function() {{return 'vi_VN';}},
  getPathThemeImages: function() {{return '\\x2fo\\x2fthcstranphu-theme\\x2fimages';}},
  getPlid: function() {{return '{plid}';}},
  getScopeGroupId: function() {{return '{GROUP}';}},
  getSiteGroupId: function() {{return '{GROUP}';}},
  isSignedIn: function() {{return false;}}
}};
Liferay.currentURL = '{_js_path(request.target)}';
// ]]>
</script>
<script src="/o/frontend-js-web/__liferay__/index.js?t=1764720000000" type="text/javascript"></script>
</head>
<body class="chrome controls-visible yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="bg-dark cadmin quick-access-nav text-center text-white" id="tpbx_quickAccessNav">
<a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Bỏ qua để đến Nội dung chính</a></nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner">
<div class="tp-topbar"><div class="container"><span class="tp-today">{TODAY_LINE}</span>
<span class="tp-hotline">Điện thoại: 0226 3852 417</span>
<a class="tp-signin" data-redirect="false" href="/c/portal/login" rel="nofollow">Đăng nhập</a></div></div>
<div class="container tp-brand"><a class="logo custom-logo" href="{SITE}" title="Đi đến {SCHOOL}">
<img alt="{SCHOOL}" height="96" src="/image/layout_set_logo?img_id=40321&amp;t=1764720000000" width="96" /></a>
<div class="tp-sitename"><p class="tp-up">UBND THÀNH PHỐ PHỦ LÝ - PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</p>
<p class="tp-name">TRƯỜNG THCS TRẦN PHÚ</p></div>
<form action="{SITE}/search" class="tp-search" method="get"><input name="q" placeholder="Tìm kiếm..." type="text" /></form>
</div>
<div class="tp-menu"><div class="container">{_nav(menu)}</div></div>
</header>
<section class="container flex-fill" id="content">
<h2 aria-level="1" class="hide-accessible" role="heading">{esc(layout)}</h2>
{crumbs}
<div class="layout-content portlet-layout" id="main-content" role="main">
{body_cols}
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Hidden</button></form>
</section>
<footer id="footer" role="contentinfo">
<div class="container tp-footer">
<p><strong>TRƯỜNG THCS TRẦN PHÚ - THÀNH PHỐ PHỦ LÝ - TỈNH HÀ NAM</strong></p>
<p>Địa chỉ: Số 18 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>
<p>Điện thoại: 0226 3852 417 - Email: c2tranphu.phuly@hanam.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Bà Đặng Thị Minh Nguyệt - Hiệu trưởng</p>
<p class="tp-copy">© 2026 Trường THCS Trần Phú. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</footer>
</div>
</div>
<script type="text/javascript">
// <![CDATA[
Liferay.Portlet.register('{PORTLET}');
Liferay.Portlet.onLoad({{canEditTitle: false, columnPos: 0, isStatic: 'end', namespacedId: 'p_p_id_{PORTLET}_', portletId: '{PORTLET}', refreshURL: '\\x2fc\\x2fportal\\x2frender_portlet\\x3fp_l_id\\x3d{plid}\\x26p_p_id\\x3d{PORTLET}'}});
// ]]>
</script>
</body>
</html>
"""
    return html(doc)


def _portlet(inner: str, title: str = "Tin tức") -> str:
    return (
        f'<div class="portlet-boundary portlet-boundary_{PORTLET}_ portlet-static portlet-static-end portlet-decorate portlet-blogs" id="p_p_id_{PORTLET}_">'
        f'<span id="p_{PORTLET}"></span>'
        f'<section class="portlet" id="portlet_{PORTLET}">'
        '<div class="portlet-content"><div class="autofit-float autofit-row portlet-header">'
        f'<div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        f'<div class=" portlet-content-container"><div class="portlet-body">{inner}</div></div></div></section></div>'
    )


def _sticker(user: str) -> str:
    initials = "".join(w[0] for w in user.split()[-2:]).upper()
    return (
        f'<span class="lfr-portal-tooltip" title="{esc(user)}"><span class="rounded-circle sticker sticker-primary user-icon-color-3">'
        f'<span class="sticker-overlay"><img alt="Ảnh đại diện của {esc(user)}" class="sticker-img" '
        f'src="/image/user_portrait?img_id={sum(map(ord, user)) % 9000 + 1000}&amp;img_id_token=x" /></span>'
        f'<span class="sr-only">{initials}</span></span></span>'
    )


def _cover_div(story: Story, thumb: bool = False) -> str:
    img = cover(story)
    if img is None:
        return ""
    src = img.src + ("?imageThumbnail=2" if thumb else "")
    return (
        f'<div class="aspect-ratio aspect-ratio-bg-center aspect-ratio-bg-cover cover-image" '
        f'style="background-image: url({esc(src)});"></div>'
    )

# --- the Blogs widget: listing and detail -------------------------------------------------------------


def _metadata(story: Story, fmt=medium_vi, minutes: bool = True) -> str:
    user = story.opts["user"]
    read = f" · {reading_minutes(story)} phút đọc" if minutes else ""
    return (
        '<div class="autofit-row widget-metadata"><div class="autofit-col inline-item-before">'
        f"{_sticker(user)}</div><div class=\"autofit-col autofit-col-expand\"><div class=\"autofit-row\">"
        '<div class="autofit-col autofit-col-expand"><div class="text-truncate-inline">'
        f'<span class="text-truncate username">{esc(user)}</span></div>'
        f'<div class="text-secondary"><span class="hide-accessible">Ngày đăng</span> {fmt(display_date(story))}{read}</div>'
        "</div></div></div></div>"
    )


def _pager(total: int, cur: int, delta: int, cat: int | None, base: str) -> str:
    pages = (total + delta - 1) // delta
    if total <= DELTAS[0]:
        return ""

    def href(n: int, d: int = delta) -> str:
        return esc(base + list_link(cat, n, d))

    deltas = "".join(
        f'<li><a class="dropdown-item{" active" if d == delta else ""}" href="{href(1, d)}">{d}</a></li>'
        for d in DELTAS
    )
    first = (cur - 1) * delta + 1
    last = min(cur * delta, total)
    items = []
    if cur > 1:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href(cur - 1)}">{_svg("angle-left")}<span class="sr-only">Trước</span></a></li>'
        )
    else:
        items.append(
            f'<li class="page-item disabled"><a class="page-link" href="javascript:void(0);" tabindex="-1">{_svg("angle-left")}<span class="sr-only">Trước</span></a></li>'
        )
    for n in range(1, pages + 1):
        if n == cur:
            items.append(f'<li class="page-item active"><a class="page-link" href="javascript:void(0);">{n}<span class="sr-only">(Hiện tại)</span></a></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{href(n)}">{n}</a></li>')
    if cur < pages:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{href(cur + 1)}">{_svg("angle-right")}<span class="sr-only">Tiếp</span></a></li>'
        )
    else:
        items.append(
            f'<li class="page-item disabled"><a class="page-link" href="javascript:void(0);" tabindex="-1">{_svg("angle-right")}<span class="sr-only">Tiếp</span></a></li>'
        )
    return (
        f'<div class="taglib-page-iterator" id="{NS}entriesSearchContainerPageIterator"><div class="pagination-bar">'
        '<div class="dropdown pagination-items-per-page">'
        f'<a aria-expanded="false" aria-haspopup="true" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:void(0);" role="button">'
        f'{delta} mục<span class="sr-only">&nbsp;mỗi trang</span>{_svg("caret-double-l")}</a>'
        f'<ul class="dropdown-menu dropdown-menu-top">{deltas}</ul></div>'
        f'<p class="pagination-results">Hiển thị {first} đến {last} của {total} mục.</p>'
        f'<ul class="pagination">{"".join(items)}</ul></div></div>'
    )


def _abstract_entry(story: Story, base: str) -> str:
    url = base + entry_path(story)
    ncom = len(story.opts.get("comments", []))
    sub = f'<h4 class="sub-title">{esc(story.summary)}</h4>' if story.summary and story.sapo_outside else ""
    cov = _cover_div(story, thumb=True)
    cov = f'<a href="{url}">{cov}</a>' if cov else ""
    return (
        f'<div class="widget-mode-simple-entry" id="{NS}blogsEntry_{story.opts["eid"]}">'
        '<div class="widget-topbar"><div class="autofit-row"><div class="autofit-col autofit-col-expand">'
        f'<a class="title-link" href="{url}"><h3 class="title">{esc(story.title)}</h3></a>{sub}'
        f"{_metadata(story, minutes=False)}</div></div></div>"
        f'<div class="widget-content">{cov}<p>{esc(abstract(story))}</p></div>'
        '<div class="autofit-row widget-footer"><div class="autofit-col autofit-col-expand">'
        f'<a class="btn btn-outline-borderless btn-outline-secondary btn-sm" href="{url}#{NS}discussionContainer" title="Bình luận">'
        f'{_svg("comments")} {ncom}</a></div><div class="autofit-col">'
        f'<a class="btn btn-outline-borderless btn-outline-secondary btn-sm" href="{url}">Đọc tiếp<span class="sr-only"> về {esc(story.title)}</span></a>'
        "</div></div></div>"
    )


def listing(request: Request) -> Response | None:
    params = request.params
    base = base_url(request)
    cat = None
    if "p_r_p_categoryId" in params:
        try:
            cat = int(params["p_r_p_categoryId"])
        except ValueError:
            return None
        if cat not in CATS:
            return None
    try:
        cur = int(params.get(NS + "cur", "1"))
        delta = int(params.get(NS + "delta", str(DELTAS[0])))
    except ValueError:
        cur, delta = 1, DELTAS[0]
    if delta not in DELTAS:
        delta = DELTAS[0]
    entries = [s for s in ORDER if cat is None or s.cat == CATS[cat]]
    pages = max(1, (len(entries) + delta - 1) // delta)
    cur = min(max(cur, 1), pages)
    shown = entries[(cur - 1) * delta : cur * delta]
    head = ""
    if cat:
        head = (
            f'<div class="alert alert-info taglib-categorization-filter">Bài viết có chuyên mục '
            f'<strong>{esc(CATS[cat])}</strong>. <a class="remove-filter" href="{base}{NEWS}">{_svg("times")}<span class="sr-only">Xóa</span></a></div>'
        )
    inner = (
        head
        + '<div class="widget-mode-simple">'
        + "".join(_abstract_entry(s, base) for s in shown)
        + "</div>"
        + _pager(len(entries), cur, delta, cat, base)
    )
    title = CATS[cat] if cat else "Tin tức"
    trail = [(SITE, SCHOOL), (NEWS, "Tin tức")]
    if cat:
        trail.append((None, CATS[cat]))
    else:
        trail[-1] = (None, "Tin tức")
    return page(
        request,
        title=title,
        layout="Tin tức",
        plid=23,
        main=_portlet(inner),
        side=_cats_box(cat) + _most_read(base) + _counter(),
        trail=trail,
        canonical=NEWS,
        description="Tin tức, sự kiện của Trường THCS Trần Phú, thành phố Phủ Lý",
        menu="Tin tức",
    )


def _footer_widgets(story: Story, base: str) -> str:
    url = base + entry_path(story)
    likes = 5 + story.id * 3 % 17
    cat = story.cat
    related = ""
    if story.opts.get("related"):
        lis = "".join(
            f'<li class="asset-links-list-item">{_svg("blogs")} <a class="asset-links-title" href="{base}{entry_path(BY_ID[r])}">{esc(BY_ID[r].title)}</a></li>'
            for r in story.opts["related"]
        )
        related = (
            '<div class="taglib-asset-links"><h2 class="asset-links-title h5">'
            f'{_svg("link")} Nội dung liên quan</h2><ul class="list-unstyled">{lis}</ul></div>'
        )
    shares = "".join(
        f'<li class="list-inline-item"><a class="social-bookmark" href="{h}" rel="noopener" target="_blank" title="{t}">{_svg(i)}<span class="sr-only">{t}</span></a></li>'
        for h, t, i in (
            (f"https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}", "Facebook", "social-facebook"),
            (f"https://twitter.com/intent/tweet?text={quote(story.title)}&amp;url={quote(url, safe='')}", "X", "twitter"),
            (f"https://www.linkedin.com/shareArticle?url={quote(url, safe='')}", "LinkedIn", "social-linkedin"),
        )
    )
    return (
        '<div class="autofit-row widget-footer"><div class="autofit-col autofit-col-expand">'
        '<div class="taglib-ratings thumbs"><span class="text-secondary">Bạn thấy bài viết này hữu ích?</span> '
        f'<button aria-pressed="false" class="btn btn-outline-borderless btn-outline-secondary btn-sm" title="Thích" type="button">{_svg("thumbs-up")} {likes}</button> '
        f'<button aria-pressed="false" class="btn btn-outline-borderless btn-outline-secondary btn-sm" title="Không thích" type="button">{_svg("thumbs-down")} 0</button></div>'
        '</div><div class="autofit-col"><div class="social-bookmarks"><ul class="list-inline">'
        f"{shares}</ul></div></div></div>"
        '<div class="entry-categories"><span class="taglib-asset-categories-summary">'
        f'<span class="asset-vocabulary">Chuyên mục:</span> <a class="label label-entry label-lg" href="{base}{cat_link(cat)}">{esc(cat)}</a></span></div>'
        f"{related}"
    )


def _discussion(story: Story) -> str:
    comments = story.opts.get("comments", [])
    items = "".join(
        '<article class="lfr-discussion comment-container"><div class="lfr-discussion-details autofit-row">'
        f'<div class="autofit-col">{_sticker(name)}</div><div class="autofit-col autofit-col-expand">'
        f'<div class="username">{esc(name)}</div><div class="text-secondary small">{esc(ago)}</div></div></div>'
        f'<div class="lfr-discussion-body"><div class="lfr-discussion-message">{esc(msg)}</div></div></article>'
        for name, ago, msg in comments
    )
    return (
        f'<section class="lfr-discussion-container" id="{NS}discussionContainer">'
        f'<h2 class="h4 lfr-discussion-title">{len(comments)} Bình luận</h2>{items}'
        '<div class="lfr-discussion-form-container"><p class="text-secondary">Vui lòng '
        '<a href="/c/portal/login" rel="nofollow">đăng nhập</a> để gửi bình luận.</p></div></section>'
    )


def detail(request: Request, story: Story) -> Response:
    base = base_url(request)
    sub = f'<h4 class="sub-title">{esc(story.summary)}</h4>' if story.summary and story.sapo_outside else ""
    img = cover(story)
    cov = ""
    if img:
        cov = (
            '<div class="row"><div class="col-md-10 mx-auto cover-image-container">'
            + _cover_div(story)
            + (f'<div class="cover-image-caption"><small>{esc(img.printed)}</small></div>' if img.printed else "")
            + "</div></div>"
        )
    back = f"{base}{NEWS}"
    inner = (
        f'<div class="portlet-back"><a class="icon-monospaced text-secondary" href="{back}" title="Quay lại">{_svg("angle-left")}<span class="sr-only">Quay lại</span></a></div>'
        f'<div class="widget-mode-detail" id="{NS}blogsEntryContent_{story.opts["eid"]}">'
        '<div class="widget-mode-detail-header"><div class="row"><div class="col-md-8 mx-auto">'
        f'<h3 class="title">{esc(story.title)}</h3>{sub}{_metadata(story)}</div></div></div>'
        f"{cov}"
        '<div class="row"><div class="col-md-8 mx-auto">'
        f'<div class="widget-mode-detail-text">{content_html(story, base)}</div>'
        f"{_footer_widgets(story, base)}</div></div></div>"
        f"{_discussion(story)}"
    )
    return page(
        request,
        title=story.title,
        layout="Tin tức",
        plid=23,
        main=_portlet(inner),
        side=_cats_box() + _most_read(base) + _counter(),
        trail=[(SITE, SCHOOL), (NEWS, "Tin tức"), (None, story.title)],
        canonical=entry_path(story),
        description=abstract(story),
        og_image=img.src if img else None,
        menu="Tin tức",
    )


def display_page(request: Request, story: Story) -> Response:
    """The blog entries' display page template (``/b/<url-title>``): fragments mapped to fields."""
    base = base_url(request)
    img = cover(story)
    back = request.params.get("p_l_back_url", "")
    back_html = ""
    if back.startswith(SITE):
        back_html = (
            f'<div class="component-button"><a class="btn btn-link btn-sm" href="{esc(back)}">'
            f'{_svg("angle-left")} Quay lại {esc(request.params.get("p_l_back_url_title", ""))}</a></div>'
        )
    sub = esc(story.summary) if story.summary and story.sapo_outside else ""
    cov = ""
    if img:
        cov = (
            f'<div class="component-image overflow-hidden"><img alt="{esc(story.title)}" class="overflow-hidden" '
            f'data-lfr-editable-id="image-square" data-lfr-editable-type="image" src="{esc(img.src)}" /></div>'
        )
        if img.printed:
            cov += f'<div class="component-paragraph"><p class="small font-italic text-center" data-lfr-editable-id="element-text">{esc(img.printed)}</p></div>'
    main = (
        f'<div class="lfr-layout-structure-item-container container-fluid" data-lfr-fragment-entry-link-id="41903">'
        f"{back_html}"
        '<div class="component-heading text-break"><h1 class="component-heading mb-0" data-lfr-editable-id="element-text" data-lfr-editable-type="text">'
        f"{esc(story.title)}</h1></div>"
        f'<div class="component-paragraph"><p class="lead text-secondary" data-lfr-editable-id="element-text">{sub}</p></div>'
        '<div class="component-text"><p class="small text-secondary" data-lfr-editable-id="element-text">'
        f"Ngày đăng: {dmy(display_date(story))} | Đăng bởi: {esc(story.opts['user'])} | Chuyên mục: "
        f'<a href="{base}{cat_link(story.cat)}">{esc(story.cat)}</a></p></div>'
        f"{cov}"
        f'<div class="component-html"><div data-lfr-editable-id="element-html" data-lfr-editable-type="html">{content_html(story, base)}</div></div>'
        "</div>"
    )
    return page(
        request,
        title=story.title,
        layout=story.title,
        plid=31,
        main=main,
        side=_most_read(base) + _counter(),
        trail=[(SITE, SCHOOL), (None, story.title)],
        canonical=entry_path(story),
        description=abstract(story),
        og_image=img.src if img else None,
        menu="Tin tức",
    )

# --- the other pages ---------------------------------------------------------------------------------


def home(request: Request) -> Response:
    current = request.path.rstrip("/") or SITE
    slides = "".join(
        f'<div class="carousel-item{" active" if n == 1 else ""}"><img alt="{esc(t)}" class="w-100" '
        f'src="/documents/{GROUP}/40390/banner-{n}.jpg/0c{n}d-banner?t=1756684800000" />'
        f'<div class="carousel-caption"><p>{esc(t)}</p></div></div>'
        for n, t in enumerate(
            ["Chào mừng năm học mới 2026 - 2027", "Trường THCS Trần Phú - Trường chuẩn quốc gia mức độ 2", "Dạy tốt - Học tốt"],
            start=1,
        )
    )
    cards = []
    for sid in HOME_IDS:
        s = BY_ID[sid]
        img = cover(s)
        src = img.src + "?imageThumbnail=1" if img else "/o/thcstranphu-theme/images/no-image.png"
        link = esc(display_link(s, current))
        cards.append(
            '<div class="col-lg-3 col-md-6"><div class="card card-type-asset">'
            f'<div class="aspect-ratio card-item-first"><img alt="" class="aspect-ratio-item-center-middle aspect-ratio-item-fluid" src="{esc(src)}" /></div>'
            f'<div class="card-body"><h3 class="card-title h5"><a href="{link}">{esc(s.title)}</a></h3>'
            f'<p class="card-subtitle small text-secondary">{dmy(display_date(s))}</p>'
            f'<p class="card-text">{esc(abstract(s))}</p></div></div></div>'
        )
    notices = "".join(
        f'<li><a href="{esc(find_entry_link(BY_ID[sid]))}">{esc(BY_ID[sid].title)}</a></li>' for sid in (2, 10)
    )
    main = (
        f'<div class="component-slider carousel slide" data-lfr-fragment-entry-link-id="41870">{slides}</div>'
        '<div class="component-collection-display" data-lfr-fragment-entry-link-id="41872">'
        '<h2 class="tp-section-title">Tin tức - Sự kiện</h2>'
        f'<div class="row">{"".join(cards)}</div>'
        f'<div class="text-right"><a class="btn btn-link" href="{NEWS}">Xem tất cả {_svg("angle-right")}</a></div></div>'
        '<div class="component-html" data-lfr-fragment-entry-link-id="41875"><div class="tp-gioithieu-ngan">'
        "<h2 class=\"tp-section-title\">Giới thiệu</h2><p>Trường THCS Trần Phú được thành lập năm 1972, là một trong những "
        "trường trung học cơ sở có bề dày truyền thống của thành phố Phủ Lý. Hiện nay nhà trường có 28 lớp với 1.130 học sinh "
        f'và 62 cán bộ, giáo viên, nhân viên.</p><a href="{SITE}/gioi-thieu">Xem thêm</a></div></div>'
    )
    side = (
        '<section class="portlet tp-thongbao"><div class="portlet-header"><h2 class="portlet-title-text">Thông báo</h2></div>'
        f'<div class="portlet-body"><marquee direction="up" scrollamount="2"><ul class="list-unstyled">{notices}</ul></marquee></div></section>'
        '<section class="portlet" id="portlet_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl01">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Bình chọn</h2></div><div class="portlet-body">'
        f'<form action="{SITE}/trang-chu?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pl01&amp;p_p_lifecycle=1" method="post">'
        "<p>Bạn đánh giá thế nào về website mới của nhà trường?</p>"
        '<label><input name="choiceId" type="radio" value="1" /> Rất đẹp, dễ sử dụng</label><br />'
        '<label><input name="choiceId" type="radio" value="2" /> Bình thường</label><br />'
        '<label><input name="choiceId" type="radio" value="3" /> Cần cải thiện</label><br />'
        '<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button></form></div></section>'
        + _links_box()
        + _counter()
    )
    return page(
        request,
        title="Trang chủ",
        layout="Trang chủ",
        plid=20,
        main=main,
        side=side,
        canonical=SITE,
        description="Cổng thông tin điện tử Trường THCS Trần Phú, thành phố Phủ Lý, tỉnh Hà Nam",
        menu="Trang chủ",
    )


def _simple(request: Request, title: str, plid: int, main: str, menu: str, trail=None) -> Response:
    base = base_url(request)
    return page(
        request,
        title=title,
        layout=title,
        plid=plid,
        main=main,
        side=_most_read(base) + _counter(),
        trail=trail or [(SITE, SCHOOL), (None, title)],
        menu=menu,
    )


def _journal(title: str, body: str) -> str:
    return (
        '<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_gt01">'
        f'<div class="portlet-header"><h2 class="portlet-title-text">{esc(title)}</h2></div>'
        f'<div class="portlet-body"><div class="journal-content-article">{body}</div></div></section>'
    )


def gioi_thieu(request: Request) -> Response:
    body = (
        "<p><strong>Trường THCS Trần Phú</strong> nằm ở trung tâm thành phố Phủ Lý, được thành lập năm 1972. "
        "Trải qua hơn 50 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu của ngành Giáo dục thành phố.</p>"
        "<p><strong>Sứ mệnh:</strong> Xây dựng môi trường học tập thân thiện, kỉ cương, chất lượng, để mỗi học sinh đều có cơ hội phát triển toàn diện.</p>"
        "<p><strong>Tầm nhìn:</strong> Trở thành trường THCS chất lượng cao của tỉnh Hà Nam.</p>"
        "<p><strong>Quy mô:</strong> 28 lớp, 1.130 học sinh, 62 cán bộ, giáo viên, nhân viên.</p>"
        f'<ul><li><a href="{SITE}/w/lich-su-nha-truong">Lịch sử nhà trường</a></li>'
        f'<li><a href="{SITE}/doi-ngu">Đội ngũ cán bộ, giáo viên</a></li></ul>'
    )
    return _simple(request, "Giới thiệu", 21, _journal("Giới thiệu chung", body), "Giới thiệu")


def lich_su(request: Request) -> Response:
    """A web content display page (``/w/``): headline, date, author line, long text: not news."""
    body = (
        '<div class="lfr-layout-structure-item-container">'
        '<div class="component-heading"><h1 class="component-heading mb-0">Lịch sử hình thành và phát triển Trường THCS Trần Phú</h1></div>'
        '<div class="component-text"><p class="small text-secondary">Ngày đăng: 15/08/2025 | Đăng bởi: Quản Trị Website</p></div>'
        '<div class="component-html">'
        "<p>Năm 1972, giữa những năm tháng cả nước chống Mỹ cứu nước, Trường cấp II Trần Phú được thành lập với 6 lớp học và 11 thầy cô giáo.</p>"
        "<p>Năm 1991, trường được đổi tên thành Trường THCS Trần Phú. Năm 2005, trường được công nhận đạt chuẩn quốc gia giai đoạn 2001 - 2010.</p>"
        "<p>Năm 2019, trường được công nhận đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>"
        "<p>Nhà trường vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba (năm 2012) và nhiều Bằng khen của Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo.</p>"
        "</div></div>"
    )
    return _simple(
        request,
        "Lịch sử nhà trường",
        28,
        body,
        "Giới thiệu",
        trail=[(SITE, SCHOOL), (f"{SITE}/gioi-thieu", "Giới thiệu"), (None, "Lịch sử nhà trường")],
    )


STAFF = [
    ("Đặng Thị Minh Nguyệt", "Hiệu trưởng", "Toán"),
    ("Trần Văn Bình", "Phó Hiệu trưởng", "Vật lí"),
    ("Nguyễn Thị Hồng Vân", "Phó Hiệu trưởng", "Ngữ văn"),
    ("Hoàng Minh Đức", "Tổ trưởng tổ Khoa học tự nhiên", "Hóa học"),
    ("Trần Thị Thu Hà", "Tổ trưởng tổ Khoa học xã hội", "Ngữ văn"),
    ("Vũ Thị Hà", "Tổng phụ trách Đội", "Âm nhạc"),
    ("Đỗ Minh Khoa", "Giáo viên", "Tin học"),
]


def doi_ngu(request: Request) -> Response:
    rows = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(m)}</td></tr>" for i, (n, c, m) in enumerate(STAFF, 1))
    body = (
        '<table class="table table-bordered"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Môn</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )
    return _simple(
        request,
        "Đội ngũ cán bộ, giáo viên",
        29,
        _journal("Đội ngũ cán bộ, giáo viên", body),
        "Giới thiệu",
        trail=[(SITE, SCHOOL), (f"{SITE}/gioi-thieu", "Giới thiệu"), (None, "Đội ngũ cán bộ, giáo viên")],
    )


def lien_he(request: Request) -> Response:
    body = (
        "<p><strong>TRƯỜNG THCS TRẦN PHÚ</strong></p>"
        "<p>Địa chỉ: Số 18 đường Trần Phú, phường Quang Trung, thành phố Phủ Lý, tỉnh Hà Nam</p>"
        "<p>Điện thoại: 0226 3852 417</p><p>Email: c2tranphu.phuly@hanam.edu.vn</p>"
        '<iframe height="300" src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3736!2d105.91!3d20.54" width="100%"></iframe>'
        f'<form action="{SITE}/lien-he?p_p_id=com_liferay_dynamic_data_mapping_form_web_portlet_DDMFormPortlet_INSTANCE_lh01&amp;p_p_lifecycle=1" method="post">'
        '<label>Họ và tên <input name="hoTen" type="text" /></label><label>Nội dung <textarea name="noiDung"></textarea></label>'
        '<button class="btn btn-primary" type="submit">Gửi</button></form>'
    )
    return _simple(request, "Liên hệ", 26, _journal("Thông tin liên hệ", body), "Liên hệ")


ALBUM = [
    ("khai-giang-2026-01.jpg", "Lễ khai giảng năm học 2026 - 2027"),
    ("khai-giang-2026-02.jpg", "Học sinh khối 6 trong ngày đầu tới trường"),
    ("trung-thu-2026.jpg", "Vui Tết Trung thu 2026"),
    ("hoi-khoe-phu-dong.jpg", "Hội khỏe Phù Đổng cấp trường"),
]


def thu_vien_anh(request: Request) -> Response:
    items = "".join(
        f'<div class="col-md-3 image-link"><a href="/documents/{GROUP}/45200/{f}/a1b{i}-album?t=1760000000000" data-title="{esc(t)}">'
        f'<img alt="{esc(t)}" src="/documents/{GROUP}/45200/{f}/a1b{i}-album?t=1760000000000&amp;imageThumbnail=1" /></a>'
        f'<span class="image-title">{esc(t)}</span></div>'
        for i, (f, t) in enumerate(ALBUM)
    )
    main = (
        '<section class="portlet" id="portlet_com_liferay_document_library_web_portlet_IGDisplayPortlet_INSTANCE_mg01">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Thư viện ảnh</h2></div>'
        f'<div class="portlet-body"><h3>Hoạt động năm học 2026 - 2027</h3><div class="row taglib-image-gallery">{items}</div></div></section>'
    )
    return _simple(request, "Thư viện ảnh", 25, main, "Thư viện ảnh")


DL = "vB7kQm2NfT0a"
DOCS = {
    45871: ("Kế hoạch số 112/KH-THCSTP thực hiện nhiệm vụ năm học 2026 - 2027", "KH 112 nhiem vu nam hoc 2026-2027.pdf", "05/09/2026", "482 KB"),
    45884: ("Quy chế chi tiêu nội bộ năm 2026", "Quy che chi tieu noi bo 2026.pdf", "12/10/2026", "356 KB"),
}


def doc_path(fid: int) -> str:
    return f"{SITE}/van-ban/-/document_library/{DL}/view_file/{fid}"


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<tr><td><a href="{doc_path(fid)}">{esc(t)}</a></td><td>{d}</td><td>{size}</td></tr>'
        for fid, (t, _f, d, size) in DOCS.items()
    )
    main = (
        f'<section class="portlet" id="portlet_com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL}">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Văn bản</h2></div><div class="portlet-body">'
        '<table class="table table-autofit table-list"><thead><tr><th>Tiêu đề</th><th>Ngày sửa đổi</th><th>Kích thước</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div></section>"
    )
    return _simple(request, "Văn bản", 24, main, "Văn bản")


def view_file(request: Request, fid: int) -> Response:
    title, fname, day, size = DOCS[fid]
    dl = f"/documents/{GROUP}/45870/{quote_plus(fname)}/d0c{fid}?version=1.0&download=true"
    main = (
        f'<section class="portlet" id="portlet_com_liferay_document_library_web_portlet_DLPortlet_INSTANCE_{DL}">'
        '<div class="portlet-body"><div class="file-entry-view">'
        f'<h2 class="h3 title">{esc(title)}</h2>'
        f'<p class="text-secondary">Phiên bản 1.0 · Sửa đổi lần cuối {day} bởi Quản Trị Website · {size}</p>'
        f'<div class="file-preview"><img alt="Xem trước" src="/documents/{GROUP}/45870/{quote_plus(fname)}/d0c{fid}?version=1.0&amp;previewFileIndex=1" /></div>'
        f'<a class="btn btn-primary" href="{esc(dl)}">{_svg("download")} Tải xuống ({size})</a>'
        "</div></div></section>"
    )
    return _simple(
        request,
        title,
        24,
        main,
        "Văn bản",
        trail=[(SITE, SCHOOL), (f"{SITE}/van-ban", "Văn bản"), (None, title)],
    )


def search(request: Request) -> Response:
    """The theme's search bar lands on the Search page (a listing of hits, not an article)."""
    q = request.params.get("q", "").strip()
    base = base_url(request)
    hits = [st for st in ORDER if q and q.lower() in st.title.lower()]
    rows = "".join(
        f'<li class="list-group-item"><a href="{base}{entry_path(st)}">{esc(st.title)}</a>'
        f'<p class="small text-secondary">Bài viết blog · {dmy(display_date(st))}</p></li>'
        for st in hits
    )
    summary = f"{len(hits)} kết quả cho <strong>{esc(q)}</strong>" if q else "Nhập từ khóa để tìm kiếm."
    main = (
        '<section class="portlet" id="portlet_com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet">'
        '<div class="portlet-header"><h2 class="portlet-title-text">Tìm kiếm</h2></div>'
        f'<div class="portlet-body"><p class="search-total-label">{summary}</p><ul class="list-group">{rows}</ul></div></section>'
    )
    return page(request, title="Tìm kiếm", layout="Tìm kiếm", plid=27, main=main, canonical=SITE + "/search")


def login(request: Request) -> Response:
    main = (
        '<section class="portlet" id="portlet_com_liferay_login_web_portlet_LoginPortlet"><div class="portlet-header">'
        '<h2 class="portlet-title-text">Đăng nhập</h2></div><div class="portlet-body">'
        f'<form action="{SITE}/trang-chu?p_p_id=com_liferay_login_web_portlet_LoginPortlet&amp;p_p_lifecycle=1&amp;p_p_state=maximized" method="post">'
        '<label>Địa chỉ email <input name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" /></label>'
        '<label>Mật khẩu <input name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" /></label>'
        '<button class="btn btn-primary" type="submit">Đăng nhập</button></form></div></section>'
    )
    return page(request, title="Đăng nhập", layout="Đăng nhập", plid=20, main=main, canonical="/c/portal/login")


# --- routing ------------------------------------------------------------------------------------------

_BY_SLUG = {s.slug: s for s in STORIES}
_BY_EID = {str(s.opts["eid"]): s for s in STORIES}


def _image(path: str) -> Response | None:
    if path.startswith(("/documents/", "/o/adaptive-media/", "/image/")):
        if ".pdf" in path.lower():
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(".jpg")
    return None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect(SITE)
        if path.startswith("/o/") or path.startswith(("/documents/", "/image/")):
            return _image(path) or static_file(path)
        if path == "/c/portal/login":
            return login(request)
        if path == "/c/blogs/find_entry":
            story = _BY_EID.get(request.params.get("entryId", ""))
            if story is None:
                return redirect(unquote(request.params.get("noSuchEntryRedirect", SITE)))
            return redirect(base_url(request) + entry_path(story))
        if path.endswith("/") and path != "/":
            path = path.rstrip("/")
        if path in (SITE, SITE + "/trang-chu"):
            return home(request)
        if path == NEWS:
            return listing(request)
        if path.startswith(NEWS + "/-/blogs/"):
            story = _BY_SLUG.get(unquote(path[len(NEWS + "/-/blogs/") :]))
            return detail(request, story) if story else None
        if path.startswith(SITE + "/b/"):
            story = _BY_SLUG.get(unquote(path[len(SITE + "/b/") :]))
            return display_page(request, story) if story else None
        pages = {
            SITE + "/gioi-thieu": gioi_thieu,
            SITE + "/w/lich-su-nha-truong": lich_su,
            SITE + "/doi-ngu": doi_ngu,
            SITE + "/lien-he": lien_he,
            SITE + "/thu-vien-anh": thu_vien_anh,
            SITE + "/van-ban": van_ban,
            SITE + "/search": search,
        }
        if path in pages:
            return pages[path](request)
        prefix = f"{SITE}/van-ban/-/document_library/{DL}/view_file/"
        if path.startswith(prefix):
            tail = path[len(prefix) :]
            if tail.isdigit() and int(tail) in DOCS:
                return view_file(request, int(tail))
        return None


def build_site() -> Site:
    return Site()


# --- gold ----------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    if story.id not in HOME_IDS:
        return []
    return [display_path(story), display_link(story, SITE), display_link(story, SITE + "/trang-chu")]


GOLD = [
    gold_record(story, entry_path(story), story.cat, canonical_path=entry_path(story), alt_paths=_alt_paths(story))
    for story in STORIES
]

NON_ARTICLES = [
    SITE + "/gioi-thieu",
    SITE + "/w/lich-su-nha-truong",
    SITE + "/doi-ngu",
    SITE + "/lien-he",
    SITE + "/thu-vien-anh",
    doc_path(45871),
    doc_path(45884),
]
