"""Trường Chính trị tỉnh Hà Tĩnh on a provincial vendor's PHP CMS (2014, jQuery 1.11, Bootstrap 3).

Platform
--------
A home-made PHP CMS sold by a provincial software company to party and political bodies
("HLSoft Portal 2.0"): every part of the site is a *module* addressed by number, categories and
news items by numeric id, a Bootstrap 3 skin with a ``navbar`` of drop-downs, a left column menu
(``#cot_trai``), a centre column (``#cot_giua``) and a right column (``#cot_phai``). The vendor's
template writes Vietnamese abbreviations for its class names (``tde_ct`` = tiêu đề chi tiết,
``tomtat_ct`` = tóm tắt, ``nd_ct`` = nội dung, ``bdd`` = bài đã đăng …). Every page prints
``<base href="http://<host>/">`` and all its links, images and scripts *relative* to it.

URL scheme
----------
- ``/`` and ``/index.php``: home (ticker, "Tin nổi bật" carousel, "Tin mới", module boxes).
- ``/index.php?module=<n>``: a module's front page. 2 Giới thiệu (intro pages ``&cat=5|6|7``),
  3 Tin tức - Sự kiện (cats 12 and 13), 4 Nghiên cứu - Trao đổi (cat 25), 5 Văn bản (entries
  ``&doc=<id>``), 6 Thư viện ảnh (``&album=<id>``), 7 Liên hệ, 9 search (GET form).
- ``/index.php?module=<n>&cat=<id>&page=<p>``: a category listing, 3 items a page, Bootstrap
  pager "« Trước 1 2 3 Sau »".
- ``/index.php?module=<n>&cat=<id>&news=<id>``: an article (what listings link to);
  ``/index.php?module=<n>&news=<id>`` (no cat) serves it too.
- ``/tin-tuc/<slug>-n<id>.html``: the SEO alias the menu's "Tiêu điểm" entry, the home page,
  the "Tin mới" and "Đọc nhiều" boxes use; the CMS reads only the id after ``-n`` (any slug answers). The article page's
  ``<link rel="canonical">`` names this alias with the current slug.
- ``/print.php?news=<id>``: printable view, opened by ``window.open`` from the "In bài" link.

Page templates
--------------
Article: breadcrumb ``ol.breadcrumb``; ``div.khung_ct`` holding ``div.tde_ct`` (the headline:
the page's only ``<h1>`` is the banner's school name), ``div.tgian_ct`` (date, views, uploader),
``div.tomtat_ct`` (bold sapo), ``div#nd_ct`` (hidden SEO keywords, the text, the writer's line,
a tool bar), then ``div.bdd_ct`` "Các bài đã đăng". Listing: ``div.ds_tin > div.item_tin`` with
a thumbnail, an ``h3.tde_tin`` link, the day in brackets and a truncated summary.

How each gold article is reached
--------------------------------
- Hoạt động của Trường (module 3, cat 12, 7 items): page 1 = 318, 315, 311; page 2 = 307,
  302, 296; page 3 = 290. 318, 315, 311 are also on the home page and module 3's front page;
  307, 302, 296 and 290 only through pages 2 and 3 of the listing.
- Đào tạo - Bồi dưỡng (module 3, cat 13): 316, 309, 303 on page 1 (also module 3's front).
- Nghiên cứu - Trao đổi (module 4, cat 25): 314, 305, 299 on the one page and the home box.

Traps
-----
1. ``<base href>`` with relative links (not in the README's list). Every link is written
   ``index.php?...``, ``tin-tuc/...``, ``upload/...``; on ``/tin-tuc/…-nID.html`` pages only
   ``<base href>`` makes them right. A crawler that ignores it asks for
   ``/tin-tuc/index.php?...``, ``/tin-tuc/tin-tuc/...`` and ``/tin-tuc/upload/...``, which 404.
   Gold: paths as resolved against the base (``/index.php?...``, ``/upload/...``).
2. jQuery lazyload images (not in the list). In articles each photo is
   ``<img class="lazy" src="images/grey.gif" data-original="upload/news/…jpg">``; the grey
   GIF is the placeholder. Gold images: the ``data-original`` paths; grey.gif is never an image.
3. One article, many URLs. ``index.php?module=3&cat=12&news=318`` (listings),
   ``tin-tuc/<slug>-n318.html`` (home, boxes), ``index.php?module=3&news=316`` (the home
   ticker), ``print.php?news=…`` (onclick) and an *old slug* of 315 that the home carousel kept
   after the headline was edited. Gold: one record per article, path = the canonical alias,
   all the others in ``alt_paths``.
4. The breadcrumb follows the URL, not the article (not in the list). "Các bài đã đăng" on a
   module 3 article lists the module's newest items with the *current page's* cat in their
   URLs, so ``index.php?module=3&cat=13&news=318`` shows article 318 (filed under "Hoạt động
   của Trường") with the breadcrumb "Đào tạo - Bồi dưỡng"; without cat the breadcrumb stops at
   the module. Gold category: the article's own section, as its canonical alias page prints it;
   the cross-cat URLs are alt_paths.
5. Soft 404 (not in the list). The inline "Tin liên quan" box of 315 links news 287, deleted:
   the CMS answers 200 with the whole chrome and "Tin bài không tồn tại hoặc đã bị gỡ bỏ!" and a
   JS redirect. Not an article (neither gold nor NON_ARTICLES).
6. The headline is not the ``<h1>`` (not in the list): ``<h1>`` is the banner's "TRƯỜNG CHÍNH
   TRỊ TỈNH HÀ TĨNH" on every page; the headline is ``div.tde_ct``; the right column's box
   titles are ``<h2>``. Gold title: the ``div.tde_ct`` text.
7. Double-escaped titles (not in the list). The CMS stores headlines escaped once and escapes
   them again in ``<title>``, ``og:title`` and every listing, so 315's quotes print there as a
   literal ``&quot;``; the article's ``div.tde_ct`` prints them right. Gold title: with ``"``.
8. Hidden SEO keywords inside the text container (not in the list): ``div#nd_ct`` opens with
   ``<div class="tukhoa_ct" style="display:none">Từ khóa: …</div>``. Not body.
9. Dates in 12-hour form with AM/PM: "02/12/2026 02:15 PM" -> 14:15, "24/11/2026 12:40 PM"
   -> 12:40, "12:00 AM" is midnight -> the day alone; 311 prints "Cập nhật: 02/12/2026 10:10 AM"
   after its "Ngày đăng" (the latter is gold); the list's "(dd/mm/yyyy)" and the header's
   "Thứ Bảy, 05/12/2026" are not article dates.
10. The sapo printed twice (not in the list): 311's editor pasted the lead again as the first
    paragraph of ``#nd_ct`` under the bold ``div.tomtat_ct``. Gold: the sapo once, as the body's
    first paragraph. 309 and 299 have no ``div.tomtat_ct``: their sapo is the bold first
    paragraph of the text; 290 has no sapo (summary null).
11. Writer's line at the end, with degree and unit: "ThS. Nguyễn Văn Hậu - Phòng Quản lý khoa
    học" -> "Nguyễn Văn Hậu"; "TS. Trần Đình Thắng - ThS. Lê Thị Minh Nguyệt" over "Khoa Xây
    dựng Đảng" -> both names; units signing alone ("Phòng Quản lý đào tạo", "P.QLĐT", "Công
    đoàn Trường", "Đoàn Thanh niên Trường") are the author as printed; "Người đăng: admin_tct"
    in the info line is a CMS account -> nobody. In 314 the writer's line stands *between* the
    text and its "Tài liệu tham khảo", which are still body.
12. Widgets inside the text: 315's text holds a right-floated ``<table class="tlq">`` "Tin liên
    quan" between two paragraphs; every ``#nd_ct`` ends with the "In bài | Gửi email | Quay
    lại" tool bar and an AddThis box. None of it is body.
13. Pagination: the pager's page "1" link is ``&page=1`` (same list as no page); the last page's
    "Sau »" still links page 4 (an off-by-one of the vendor's pager) which answers an empty
    "Chưa có tin bài trong mục này!" list. Neither is an article.
14. Mixed markup of the text: 302 is stored with FCKeditor entities (``&#7901;``, ``&agrave;``),
    303 is a Word paste (``MsoNormal`` spans, ``<o:p>&nbsp;</o:p>`` spacers), 305 has a
    survey table (rows -> "cell | cell" paragraphs), 316 a bullet list, 307 a ``<br />`` splitting
    one ``<p>`` in two and a quote, 314 footnote calls "[1]" kept in the sentence.

Gold decisions on ambiguous points
----------------------------------
- path and canonical_path: the SEO alias with the current slug (what ``<link rel=canonical>``
  names); every index.php form, print.php, the old slug and the cross-cat URLs are alt_paths.
- A caption line "Ảnh: Đức Thành" (315) only credits: caption None, "Đức Thành" is a
  photographer. "(Quang cảnh …)" loses its brackets. 296's second photo has no line: None.
- "Tin, ảnh: Thu Trang" -> author and photographer; "Tin: Minh Tuấn - Ảnh: Hoàng Long" -> one
  each. "Bích Ngọc (Khoa Xây dựng Đảng)" -> "Bích Ngọc"; "Hồng Nhung - Văn phòng" -> "Hồng Nhung".
- 299 closes with "Nguồn: Tạp chí Tuyên giáo": source "Tạp chí Tuyên giáo" (author kept too).
- Category of the module 4 articles: "Nghiên cứu - Trao đổi" (the module and its one cat share
  the name; the breadcrumb prints it once).
- NON_ARTICLES: the intro module's front (``index.php?module=2``, = cat 5) and its three pages,
  two document entries, the album, the contact page. Listings, the search page and the soft 404
  are not listed.
"""

from __future__ import annotations

import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "php_vendor_tabid_political_tct"
PLATFORM = "Vendor PHP CMS, numbered modules (index.php?module=&cat=&news=), Bootstrap 3 + jQuery, 2014"
START_PATH = "/"

SCHOOL = "Trường Chính trị tỉnh Hà Tĩnh"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 3

MODULES = {2: "Giới thiệu", 3: "Tin tức - Sự kiện", 4: "Nghiên cứu - Trao đổi", 5: "Văn bản",
           6: "Thư viện ảnh", 7: "Liên hệ", 9: "Tìm kiếm"}
#: cat id -> (module, name)
CATS = {12: (3, "Hoạt động của Trường"), 13: (3, "Đào tạo - Bồi dưỡng"), 25: (4, "Nghiên cứu - Trao đổi")}
MODULE_DEFAULT_CAT = {4: 25}
DELETED_NEWS = {287}


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong><em>{esc(line)}</em></strong></p>')


# --- the stories ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=318,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-khong-tap-trung-tai-huyen-huong-khe",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Hương Khê",
        cat="12",
        published_at="2026-12-04T08:30:00+07:00",
        summary=(
            "Sáng 04/12, tại Trung tâm Chính trị huyện Hương Khê, Trường Chính trị tỉnh Hà Tĩnh phối hợp "
            "với Ban Thường vụ Huyện ủy Hương Khê tổ chức khai giảng lớp Trung cấp lý luận chính trị - "
            "hành chính hệ không tập trung khóa 2026 - 2028 cho 86 học viên."
        ),
        sapo_outside=True,
        blocks=[
            P("Dự lễ khai giảng có đồng chí Nguyễn Thị Thanh Hương, Phó Hiệu trưởng Trường Chính trị tỉnh; "
              "đồng chí Phan Đình Lộc, Phó Bí thư Thường trực Huyện ủy Hương Khê; lãnh đạo Ban Tuyên giáo "
              "Huyện ủy, Trung tâm Chính trị huyện cùng toàn thể học viên của lớp."),
            P("Học viên của lớp là cán bộ, công chức cấp xã, cán bộ các phòng, ban, ngành, đoàn thể cấp huyện "
              "và bí thư chi bộ, trưởng thôn thuộc diện quy hoạch. Trong thời gian 18 tháng, học viên sẽ được "
              "nghiên cứu 4 phần học với 19 học phần theo chương trình do Học viện Chính trị quốc gia Hồ Chí "
              "Minh ban hành."),
            Img("/upload/news/2026_12/khaigiang-huongkhe-1.jpg",
                "Đồng chí Nguyễn Thị Thanh Hương, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                "Đồng chí Nguyễn Thị Thanh Hương, Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học"),
            P("Phát biểu khai giảng, đồng chí Phó Hiệu trưởng Nhà trường nhấn mạnh: Việc mở lớp tại địa phương "
              "là chủ trương đúng đắn nhằm tạo điều kiện cho cán bộ cơ sở vừa học tập, vừa hoàn thành nhiệm vụ "
              "chuyên môn. Đồng chí đề nghị học viên phát huy tinh thần tự học, nghiêm túc chấp hành quy chế, "
              "nội quy lớp học, gắn lý luận với thực tiễn công tác ở cơ sở."),
            P("Thay mặt lãnh đạo huyện, đồng chí Phó Bí thư Thường trực Huyện ủy đề nghị Trung tâm Chính trị "
              "huyện phối hợp chặt chẽ với Nhà trường trong quản lý lớp học, bố trí đầy đủ cơ sở vật chất; các "
              "cơ quan, đơn vị có học viên tạo điều kiện thuận lợi về thời gian để học viên tham gia học tập "
              "đầy đủ."),
            P("Dịp này, Nhà trường đã công bố quyết định thành lập lớp, quyết định cử giáo viên chủ nhiệm và "
              "ban cán sự lớp."),
            Img("/upload/news/2026_12/khaigiang-huongkhe-2.jpg", "Các học viên tham dự lễ khai giảng",
                "Các học viên tham dự lễ khai giảng", style="tbl"),
            _right("Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"date": "04/12/2026 08:30 AM",
              "keywords": "khai giảng, trung cấp lý luận chính trị, Hương Khê, Trường Chính trị Hà Tĩnh"},
    ),
    Story(
        id=316,
        slug="be-giang-lop-boi-duong-cap-nhat-kien-thuc-cho-can-bo-dien-ban-thuong-vu-huyen-uy-quan-ly-nam-2026",
        title=("Bế giảng lớp bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Huyện ủy, Thị ủy, "
               "Thành ủy quản lý năm 2026"),
        cat="13",
        published_at="2026-12-03T16:20:00+07:00",
        summary=(
            "Chiều 03/12, Trường Chính trị tỉnh tổ chức bế giảng lớp bồi dưỡng cập nhật kiến thức cho cán bộ "
            "diện Ban Thường vụ Huyện ủy, Thị ủy, Thành ủy quản lý năm 2026. Sau 10 ngày học tập, 72 học viên "
            "đã hoàn thành chương trình và được cấp chứng chỉ."
        ),
        sapo_outside=True,
        blocks=[
            P("Lớp học được tổ chức theo Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy về đào tạo, bồi dưỡng "
              "cán bộ năm 2026. Học viên là trưởng, phó các phòng, ban, ngành cấp huyện và bí thư, chủ tịch "
              "UBND các xã, phường, thị trấn."),
            P("Trong thời gian học tập, học viên được nghiên cứu các chuyên đề:"),
            P("Những vấn đề mới trong Văn kiện Đại hội XIV của Đảng;", "li"),
            P("Tình hình kinh tế - xã hội của tỉnh và định hướng phát triển giai đoạn 2026 - 2030;", "li"),
            P("Kỹ năng xử lý tình huống trong lãnh đạo, quản lý ở địa phương;", "li"),
            P("Công tác chuyển đổi số và xây dựng chính quyền số ở cấp huyện, cấp xã.", "li"),
            Img("/upload/news/2026_12/begiang-capnhat-kienthuc.jpg",
                "Ban Giám hiệu Nhà trường trao chứng chỉ cho các học viên",
                "Ban Giám hiệu Nhà trường trao chứng chỉ cho các học viên"),
            P("Kết quả kiểm tra cuối khóa có 100% học viên đạt yêu cầu, trong đó 41 học viên đạt loại giỏi, "
              "31 học viên đạt loại khá. Nhà trường đã tặng giấy khen cho 5 học viên có thành tích xuất sắc "
              "trong học tập."),
            P("Phát biểu bế giảng, đồng chí Trần Văn Hải, Hiệu trưởng Nhà trường ghi nhận tinh thần học tập "
              "nghiêm túc của học viên và mong muốn các đồng chí vận dụng kiến thức đã học vào thực tiễn công "
              "tác, góp phần thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ các cấp."),
            _right("Tin, ảnh: Thu Trang"),
        ],
        authors=["Thu Trang"],
        photographers=["Thu Trang"],
        opts={"date": "03/12/2026 04:20 PM", "keywords": "bế giảng, cập nhật kiến thức, cán bộ diện BTV quản lý"},
    ),
    Story(
        id=315,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day-cac-mon-ly-luan-chinh-tri-gan-voi-thuc-tien",
        title=('Hội thảo khoa học "Nâng cao chất lượng giảng dạy các môn lý luận chính trị gắn với thực tiễn '
               'tỉnh Hà Tĩnh"'),
        cat="12",
        published_at="2026-12-02T14:15:00+07:00",
        summary=(
            "Ngày 02/12, Trường Chính trị tỉnh Hà Tĩnh tổ chức Hội thảo khoa học cấp trường với chủ đề “Nâng "
            "cao chất lượng giảng dạy các môn lý luận chính trị gắn với thực tiễn tỉnh Hà Tĩnh”. Hội thảo thu "
            "hút 27 tham luận của cán bộ, giảng viên Nhà trường và các Trung tâm Chính trị cấp huyện."
        ),
        sapo_outside=True,
        blocks=[
            P("Đồng chí Trần Văn Hải, Hiệu trưởng Nhà trường chủ trì hội thảo. Tham dự có đại diện Ban Tuyên "
              "giáo Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Sở Nội vụ, giám đốc các Trung tâm Chính trị cấp huyện cùng "
              "toàn thể cán bộ, giảng viên Nhà trường."),
            Raw(
                '<table class="tlq" align="right" width="230" border="0" cellpadding="3" '
                'style="margin:0 0 8px 10px;background:#f3f3f3;border:1px solid #ddd">'
                '<tr><td><b>Tin liên quan:</b></td></tr>'
                '<tr><td>&raquo; <a href="index.php?module=3&amp;cat=12&amp;news=287">Trường Chính trị tỉnh '
                'tổ chức Hội thảo khoa học năm 2025</a></td></tr>'
                '<tr><td>&raquo; <a href="index.php?module=5&amp;doc=38">Kế hoạch tổ chức Hội thảo khoa học '
                'cấp trường năm 2026</a></td></tr></table>'
            ),
            P("Phát biểu đề dẫn, đồng chí Hiệu trưởng nêu rõ: Những năm qua, việc gắn giảng dạy lý luận với "
              "thực tiễn địa phương đã được Nhà trường quan tâm, song vẫn còn tình trạng bài giảng nặng về lý "
              "thuyết, việc cập nhật số liệu, mô hình, kinh nghiệm hay của tỉnh vào bài giảng chưa thường "
              "xuyên."),
            Img("/upload/news/2026_12/hoithao-llct-1.jpg", "Ảnh: Đức Thành", None),
            P("Các tham luận tập trung làm rõ thực trạng việc liên hệ thực tiễn trong giảng dạy; kinh nghiệm "
              "khai thác tư liệu về lịch sử, văn hóa, con người Hà Tĩnh; việc sử dụng kết quả đi nghiên cứu "
              "thực tế của giảng viên để làm phong phú bài giảng."),
            P("Nhiều ý kiến đề xuất Nhà trường xây dựng cơ sở dữ liệu về tình hình kinh tế - xã hội của tỉnh "
              "phục vụ giảng dạy, tăng cường phối hợp với các sở, ngành để giảng viên được tham gia các đoàn "
              "kiểm tra, khảo sát ở cơ sở."),
            Img("/upload/news/2026_12/hoithao-llct-2.jpg", "Quang cảnh hội thảo", "Quang cảnh hội thảo",
                style="tbl"),
            P("Kết luận hội thảo, đồng chí Hiệu trưởng yêu cầu các khoa, phòng tiếp thu các ý kiến, sớm cụ thể "
              "hóa thành giải pháp trong kế hoạch năm học 2026 - 2027; mỗi giảng viên phải có ít nhất một chuyến "
              "đi thực tế ở cơ sở trong năm."),
            _right("ThS. Nguyễn Văn Hậu - Phòng Quản lý khoa học"),
        ],
        authors=["Nguyễn Văn Hậu"],
        photographers=["Đức Thành"],
        opts={"date": "02/12/2026 02:15 PM",
              "old_slug": "hoi-thao-khoa-hoc-nang-cao-chat-luong-giang-day",
              "keywords": "hội thảo khoa học, giảng dạy lý luận chính trị, thực tiễn Hà Tĩnh"},
    ),
    Story(
        id=314,
        slug="van-dung-tu-tuong-ho-chi-minh-ve-phuong-phap-giang-day-vao-doi-moi-giang-day-ly-luan-chinh-tri",
        title=("Vận dụng tư tưởng Hồ Chí Minh về phương pháp giảng dạy vào đổi mới giảng dạy lý luận chính "
               "trị hiện nay"),
        cat="25",
        published_at="2026-12-01",
        summary=(
            "Tư tưởng Hồ Chí Minh về giáo dục, đặc biệt là về phương pháp giảng dạy, có giá trị lý luận và "
            "thực tiễn sâu sắc. Vận dụng những chỉ dẫn của Người vào đổi mới phương pháp giảng dạy lý luận "
            "chính trị là yêu cầu cấp thiết đối với các trường chính trị tỉnh hiện nay."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Quan điểm của Hồ Chí Minh về phương pháp giảng dạy", "h"),
            P("Chủ tịch Hồ Chí Minh luôn coi trọng việc học tập lý luận của cán bộ, đảng viên. Người chỉ rõ: "
              "“Lý luận mà không liên hệ với thực tiễn là lý luận suông”[1]. Theo Người, dạy lý luận không phải "
              "để học viên thuộc lòng các câu chữ mà để họ biết vận dụng vào giải quyết những vấn đề thực tiễn "
              "đặt ra."),
            P("Về phương pháp, Người yêu cầu người dạy phải hiểu rõ đối tượng, “học đi đôi với hành”, lời nói "
              "phải giản dị, dễ hiểu, có ví dụ cụ thể; tránh lối dạy nhồi nhét, “nói dài, nói rỗng”[2]."),
            P("2. Vận dụng vào đổi mới giảng dạy ở Trường Chính trị tỉnh", "h"),
            P("Thứ nhất, đổi mới phương pháp theo hướng lấy người học làm trung tâm. Giảng viên cần giảm thời "
              "lượng thuyết trình một chiều, tăng cường thảo luận, nêu vấn đề, xử lý tình huống gắn với công "
              "việc thực tế của học viên."),
            P("Thứ hai, tăng cường liên hệ thực tiễn địa phương. Mỗi bài giảng cần có phần liên hệ với tình "
              "hình của tỉnh Hà Tĩnh, sử dụng các số liệu, mô hình, điển hình tiên tiến được cập nhật thường "
              "xuyên."),
            P("Thứ ba, nêu gương người dạy. Giảng viên không chỉ truyền thụ kiến thức mà còn phải gương mẫu về "
              "đạo đức, lối sống, tác phong, “lời nói đi đôi với việc làm” như lời dạy của Người."),
            _right("ThS. Nguyễn Thị Thu Hà - Khoa Lý luận cơ sở"),
            P("Tài liệu tham khảo", "h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.274."),
            P("[2] Hồ Chí Minh: Toàn tập, Sđd, t.5, tr.344."),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"date": "01/12/2026 12:00 AM", "keywords": "tư tưởng Hồ Chí Minh, phương pháp giảng dạy"},
    ),
    Story(
        id=311,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="12",
        published_at="2026-11-27T15:45:00+07:00",
        summary=(
            "Ngày 26/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao "
            "tinh thần trách nhiệm, đổi mới phương pháp giảng dạy của đảng viên là giảng viên”."
        ),
        sapo_outside=True,
        blocks=[
            P("Đồng chí Lê Quốc Bảo, Phó Hiệu trưởng, Bí thư Đảng ủy Nhà trường dự và chỉ đạo buổi sinh hoạt."),
            P("Tại buổi sinh hoạt, đồng chí Bí thư chi bộ đã trình bày báo cáo chuyên đề, đánh giá kết quả "
              "thực hiện nhiệm vụ giảng dạy của đảng viên trong năm 2026; chỉ ra những hạn chế như một số bài "
              "giảng chậm cập nhật, việc ứng dụng công nghệ thông tin trong giảng dạy chưa đồng đều."),
            P("Các đảng viên trong chi bộ đã thảo luận sôi nổi, đề xuất nhiều giải pháp như: tăng cường dự giờ, "
              "sinh hoạt chuyên môn theo nhóm; mỗi giảng viên đăng ký ít nhất một bài giảng điện tử; chủ động "
              "đi nghiên cứu thực tế ở các địa phương để bổ sung tư liệu cho bài giảng."),
            Img("/upload/news/2026_11/sinhhoat-chibo-xdd.jpg", "(Quang cảnh buổi sinh hoạt chuyên đề)",
                "Quang cảnh buổi sinh hoạt chuyên đề"),
            P("Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy đánh giá cao cách làm sáng tạo của chi bộ, đề nghị "
              "chi bộ cụ thể hóa các giải pháp vào nghị quyết tháng, phân công rõ người, rõ việc và thường "
              "xuyên kiểm tra, đôn đốc thực hiện."),
            _right("Bích Ngọc (Khoa Xây dựng Đảng)"),
        ],
        authors=["Bích Ngọc"],
        opts={"date": "27/11/2026 03:45 PM", "updated": "02/12/2026 10:10 AM", "sapo_again": True,
              "keywords": "sinh hoạt chuyên đề, chi bộ, Khoa Xây dựng Đảng"},
    ),
    Story(
        id=309,
        slug="khai-giang-lop-boi-duong-nghiep-vu-cong-tac-mat-tran-va-cac-doan-the-co-so-nam-2026",
        title=("Khai giảng lớp bồi dưỡng nghiệp vụ công tác Mặt trận và các đoàn thể chính trị - xã hội cơ sở "
               "năm 2026"),
        cat="13",
        published_at="2026-11-24T12:40:00+07:00",
        summary=(
            "Ngày 24/11, Trường Chính trị tỉnh phối hợp với Ban Thường trực Ủy ban MTTQ tỉnh khai giảng lớp "
            "bồi dưỡng nghiệp vụ công tác Mặt trận và các đoàn thể chính trị - xã hội cho 95 cán bộ cơ sở."
        ),
        blocks=[
            P("Ngày 24/11, Trường Chính trị tỉnh phối hợp với Ban Thường trực Ủy ban MTTQ tỉnh khai giảng lớp "
              "bồi dưỡng nghiệp vụ công tác Mặt trận và các đoàn thể chính trị - xã hội cho 95 cán bộ cơ sở.",
              "b"),
            P("Học viên tham gia lớp học là chủ tịch, phó chủ tịch Ủy ban MTTQ, chủ tịch Hội Nông dân, Hội Liên "
              "hiệp Phụ nữ, Hội Cựu chiến binh và bí thư Đoàn Thanh niên các xã, phường, thị trấn trên địa bàn "
              "tỉnh."),
            P("Trong 5 ngày, học viên được trang bị những kiến thức về vai trò của Mặt trận và các đoàn thể "
              "trong hệ thống chính trị; kỹ năng tập hợp, vận động quần chúng; công tác giám sát và phản biện "
              "xã hội; kỹ năng tổ chức hội nghị, viết báo cáo và xử lý các tình huống thường gặp ở cơ sở."),
            Img("/upload/news/2026_11/khaigiang-mttq.jpg",
                "Đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại lễ khai giảng",
                "Đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh phát biểu tại lễ khai giảng", style="tbl"),
            P("Phát biểu khai giảng, lãnh đạo Nhà trường đề nghị học viên chấp hành nghiêm nội quy, tích cực "
              "trao đổi kinh nghiệm thực tiễn trong các buổi thảo luận để lớp học thực sự bổ ích, thiết thực."),
            _right("Tin: Minh Tuấn - Ảnh: Hoàng Long"),
        ],
        authors=["Minh Tuấn"],
        photographers=["Hoàng Long"],
        opts={"date": "24/11/2026 12:40 PM", "keywords": "Mặt trận Tổ quốc, đoàn thể, bồi dưỡng nghiệp vụ"},
    ),
    Story(
        id=307,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="12",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11, Trường Chính trị tỉnh Hà Tĩnh long trọng tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        blocks=[
            P("Đến dự có đồng chí Phó Trưởng ban Tuyên giáo Tỉnh ủy, lãnh đạo Sở Giáo dục và Đào tạo, các thế "
              "hệ cán bộ, giảng viên nghỉ hưu cùng đông đảo cán bộ, viên chức, người lao động của Nhà trường."),
            P("Ôn lại truyền thống tốt đẹp của Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng khẳng định: các thế "
              "hệ thầy cô giáo của Nhà trường đã không ngừng phấn đấu, đào tạo, bồi dưỡng hàng vạn lượt cán bộ "
              "cho hệ thống chính trị các cấp của tỉnh."),
            P("Năm học 2025 - 2026, Nhà trường đã mở 58 lớp với trên 4.200 học viên; có 3 giảng viên đạt danh "
              "hiệu giảng viên dạy giỏi cấp tỉnh; 2 đề tài khoa học cấp tỉnh được nghiệm thu đạt loại xuất "
              "sắc."),
            P("Nhân dịp này, Nhà trường đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong "
              "năm học.", "br"),
            Img("/upload/news/2026_11/gapmat-20-11.jpg",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các thầy cô giáo nghỉ hưu",
                "Lãnh đạo Nhà trường tặng hoa chúc mừng các thầy cô giáo nghỉ hưu"),
            P("Phát biểu tại buổi gặp mặt, đồng chí Hiệu trưởng nhắn nhủ:"),
            P("“Mỗi thầy cô giáo của Trường Chính trị phải thực sự là tấm gương sáng về bản lĩnh chính trị, "
              "đạo đức cách mạng và tinh thần tự học, tự rèn”.", "q"),
            _right("Công đoàn Trường"),
        ],
        authors=["Công đoàn Trường"],
        opts={"date": "20/11/2026 12:00 AM", "keywords": "Ngày Nhà giáo Việt Nam, 20/11, gặp mặt"},
    ),
    Story(
        id=305,
        slug="mot-so-giai-phap-nang-cao-chat-luong-sinh-hoat-chi-bo-o-nong-thon-tinh-ha-tinh-hien-nay",
        title="Một số giải pháp nâng cao chất lượng sinh hoạt chi bộ ở nông thôn tỉnh Hà Tĩnh hiện nay",
        cat="25",
        published_at="2026-11-17",
        summary=(
            "Sinh hoạt chi bộ là hoạt động thường xuyên, là nơi đảng viên thảo luận, quyết định và tổ chức "
            "thực hiện các nhiệm vụ chính trị ở cơ sở. Bài viết đánh giá thực trạng và đề xuất một số giải "
            "pháp nâng cao chất lượng sinh hoạt chi bộ ở các xã nông thôn của tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P("1. Thực trạng sinh hoạt chi bộ ở nông thôn Hà Tĩnh", "h"),
            P("Thực hiện Chỉ thị số 10-CT/TW của Ban Bí thư và Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung "
              "ương, chất lượng sinh hoạt chi bộ ở các xã nông thôn của tỉnh đã có nhiều chuyển biến. Kết quả "
              "khảo sát của nhóm tác giả tại 30 chi bộ thôn, xóm ở 6 huyện cho thấy:"),
            P("Nội dung đánh giá | Tốt | Trung bình | Chưa đạt", "tr"),
            P("Chuẩn bị nội dung sinh hoạt | 63% | 30% | 7%", "tr"),
            P("Thực hiện đúng quy trình | 77% | 20% | 3%", "tr"),
            P("Tính chiến đấu trong sinh hoạt | 40% | 47% | 13%", "tr"),
            P("Tuy vậy, ở không ít chi bộ, nội dung sinh hoạt còn đơn điệu, nặng về thông báo tình hình; tỷ lệ "
              "đảng viên tham gia phát biểu thấp; việc tự phê bình và phê bình chưa thường xuyên."),
            P("2. Một số giải pháp", "h"),
            P("Một là, nâng cao nhận thức, trách nhiệm của cấp ủy, bí thư chi bộ và đảng viên về vị trí, vai "
              "trò của sinh hoạt chi bộ."),
            P("Hai là, đổi mới cách chuẩn bị nội dung, lựa chọn những vấn đề thiết thực của thôn, xóm như xây "
              "dựng nông thôn mới kiểu mẫu, chuyển đổi cơ cấu cây trồng, giữ gìn an ninh trật tự để đưa ra thảo "
              "luận."),
            P("Ba là, thường xuyên bồi dưỡng kỹ năng chủ trì sinh hoạt cho đội ngũ bí thư chi bộ; phát huy vai "
              "trò của Trường Chính trị tỉnh và các Trung tâm Chính trị cấp huyện trong công tác này."),
            P("Bốn là, tăng cường kiểm tra, giám sát, định kỳ đánh giá chất lượng sinh hoạt chi bộ gắn với "
              "đánh giá, xếp loại tổ chức đảng hằng năm."),
            Raw('<p style="text-align: right;"><strong>TS. Trần Đình Thắng - ThS. Lê Thị Minh Nguyệt</strong>'
                '<br /><em>Khoa Xây dựng Đảng</em></p>'),
        ],
        authors=["Trần Đình Thắng", "Lê Thị Minh Nguyệt"],
        opts={"date": "17/11/2026 12:00 AM", "keywords": "sinh hoạt chi bộ, nông thôn, Hà Tĩnh"},
    ),
    Story(
        id=303,
        slug="to-chuc-thi-tot-nghiep-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-he-tap-trung-khoa-2025-2026",
        title="Tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 2025 - 2026",
        cat="13",
        published_at="2026-11-14T15:30:00+07:00",
        summary=(
            "Từ ngày 12 đến ngày 14/11, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 112 học viên lớp Trung "
            "cấp lý luận chính trị - hành chính hệ tập trung khóa 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P("Kỳ thi gồm 2 môn: Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; Lý "
              "luận và kỹ năng lãnh đạo, quản lý của hệ thống chính trị ở cơ sở. Học viên làm bài thi viết "
              "trong thời gian 180 phút.", "word"),
            P("Trước kỳ thi, Hội đồng thi đã quán triệt quy chế, bố trí phòng thi, cán bộ coi thi, phân công "
              "nhiệm vụ cụ thể cho từng thành viên. Các khâu ra đề, in sao đề, coi thi, chấm thi được thực hiện "
              "nghiêm túc, đúng quy định.", "word"),
            P("Kỳ thi diễn ra an toàn, nghiêm túc, không có học viên vi phạm quy chế. Kết quả thi sẽ được Nhà "
              "trường công bố trước ngày 30/11/2026.", "word"),
            Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><i><span lang="VI" '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">P.QLĐT'
                '<o:p></o:p></span></i></b></p>'),
        ],
        authors=["P.QLĐT"],
        opts={"date": "14/11/2026 03:30 PM", "keywords": "thi tốt nghiệp, trung cấp lý luận chính trị"},
    ),
    Story(
        id=302,
        slug="doan-cong-tac-truong-chinh-tri-tinh-ha-tinh-hoc-tap-kinh-nghiem-tai-truong-chinh-tri-tinh-quang-binh",
        title=("Đoàn công tác Trường Chính trị tỉnh Hà Tĩnh học tập kinh nghiệm tại Trường Chính trị tỉnh "
               "Quảng Bình"),
        cat="12",
        published_at="2026-11-12T16:40:00+07:00",
        summary=(
            "Từ ngày 10 đến 11/11, đoàn công tác Trường Chính trị tỉnh Hà Tĩnh do đồng chí Trần Văn Hải, Hiệu "
            "trưởng làm trưởng đoàn đã đến thăm và học tập kinh nghiệm tại Trường Chính trị tỉnh Quảng Bình."
        ),
        sapo_outside=True,
        blocks=[
            P("Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh Quảng Bình đã chia sẻ kinh nghiệm trong triển "
              "khai thực hiện tiêu chí trường chính trị chuẩn; đổi mới nội dung, phương pháp giảng dạy; ứng "
              "dụng công nghệ thông tin trong quản lý đào tạo và xây dựng thư viện điện tử."),
            P("Hai bên đã trao đổi về những khó khăn, vướng mắc trong tổ chức các lớp đào tạo tại địa phương, "
              "việc liên kết đào tạo đại học và công tác nghiên cứu khoa học của đội ngũ giảng viên."),
            Img("/upload/news/2026_11/doancongtac-quangbinh.jpg",
                "Đoàn công tác chụp ảnh lưu niệm tại Trường Chính trị tỉnh Quảng Bình",
                "Đoàn công tác chụp ảnh lưu niệm tại Trường Chính trị tỉnh Quảng Bình", style="tbl"),
            P("Trong chương trình, đoàn đã đến dâng hương tại Khu di tích Đại tướng Võ Nguyên Giáp và tham "
              "quan mô hình chuyển đổi số tại thành phố Đồng Hới."),
            _right("Hồng Nhung - Văn phòng"),
        ],
        authors=["Hồng Nhung"],
        opts={"date": "12/11/2026 04:40 PM", "entities": True,
              "keywords": "học tập kinh nghiệm, Quảng Bình, trường chính trị chuẩn"},
    ),
    Story(
        id=299,
        slug="phat-huy-vai-tro-cua-giang-vien-truong-chinh-tri-trong-dau-tranh-phan-bac-quan-diem-sai-trai",
        title=("Phát huy vai trò của giảng viên trường chính trị trong đấu tranh phản bác các quan điểm sai "
               "trái, thù địch trên không gian mạng"),
        cat="25",
        published_at="2026-10-30T08:15:00+07:00",
        summary=(
            "Đấu tranh phản bác các quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của Đảng là nhiệm "
            "vụ quan trọng, thường xuyên của toàn Đảng, toàn dân. Với lợi thế về kiến thức lý luận, đội ngũ "
            "giảng viên các trường chính trị có vai trò đặc biệt trong cuộc đấu tranh này."
        ),
        blocks=[
            P("Đấu tranh phản bác các quan điểm sai trái, thù địch, bảo vệ nền tảng tư tưởng của Đảng là nhiệm "
              "vụ quan trọng, thường xuyên của toàn Đảng, toàn dân. Với lợi thế về kiến thức lý luận, đội ngũ "
              "giảng viên các trường chính trị có vai trò đặc biệt trong cuộc đấu tranh này.", "b"),
            P("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị đã xác định rõ nhiệm vụ tăng cường bảo "
              "vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình "
              "hình mới. Trong đó, đội ngũ cán bộ làm công tác nghiên cứu, giảng dạy lý luận chính trị là lực "
              "lượng nòng cốt."),
            P("Thời gian qua, giảng viên Trường Chính trị tỉnh Hà Tĩnh đã tích cực tham gia viết bài trên các "
              "báo, tạp chí, trang thông tin điện tử; nhiều giảng viên là thành viên tổ công tác của Ban Chỉ "
              "đạo 35 tỉnh. Tuy nhiên, số lượng bài viết còn ít, tính chiến đấu, tính thuyết phục chưa cao."),
            P("Để phát huy hơn nữa vai trò của giảng viên, trước hết cần nâng cao nhận thức và bản lĩnh chính "
              "trị của mỗi giảng viên; đồng thời bồi dưỡng kỹ năng viết bài, kỹ năng sử dụng mạng xã hội cho "
              "đội ngũ này."),
            P("Bên cạnh đó, Nhà trường cần đưa nội dung đấu tranh phản bác các quan điểm sai trái vào bài giảng "
              "một cách phù hợp; có cơ chế khuyến khích, động viên giảng viên có bài viết chất lượng được đăng "
              "tải trên các phương tiện thông tin đại chúng."),
            _right("ThS. Phan Văn Hùng - Phó Trưởng khoa Nhà nước và Pháp luật"),
            Raw('<p style="text-align: right;"><em>Nguồn: Tạp chí Tuyên giáo</em></p>'),
        ],
        authors=["Phan Văn Hùng"],
        source="Tạp chí Tuyên giáo",
        opts={"date": "30/10/2026 08:15 AM", "keywords": "bảo vệ nền tảng tư tưởng của Đảng, Nghị quyết 35"},
    ),
    Story(
        id=296,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="12",
        published_at="2026-10-28T10:05:00+07:00",
        summary=(
            "Từ ngày 20 đến 27/10, Trường Chính trị tỉnh tổ chức Hội thi giảng viên dạy giỏi cấp trường năm "
            "2026 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."
        ),
        sapo_outside=True,
        blocks=[
            P("Mỗi giảng viên dự thi trình bày một bài giảng lý thuyết trong 2 tiết và một buổi hướng dẫn thảo "
              "luận. Ban Giám khảo đánh giá dựa trên các tiêu chí về nội dung khoa học, phương pháp giảng dạy, "
              "khả năng liên hệ thực tiễn và tác phong sư phạm."),
            P("Kết quả, có 4 giảng viên đạt giải Nhất, 5 giảng viên đạt giải Nhì và 5 giảng viên đạt giải Ba. "
              "Những giảng viên đạt giải Nhất sẽ được Nhà trường lựa chọn tham gia Hội thi giảng viên dạy giỏi "
              "cấp tỉnh năm 2027."),
            Img("/upload/news/2026_10/hoithi-gvdg-1.jpg", "Một tiết giảng tại Hội thi", "Một tiết giảng tại Hội thi"),
            Img("/upload/news/2026_10/hoithi-gvdg-2.jpg", None, None, style="none"),
            P("Hội thi là dịp để giảng viên trao đổi, học hỏi kinh nghiệm, góp phần nâng cao chất lượng đội ngũ "
              "và chất lượng đào tạo, bồi dưỡng của Nhà trường."),
            _right("Minh Châu"),
        ],
        authors=["Minh Châu"],
        opts={"date": "28/10/2026 10:05 AM", "keywords": "hội thi giảng viên dạy giỏi"},
    ),
    Story(
        id=290,
        slug="tuoi-tre-truong-chinh-tri-tinh-ra-quan-huong-ung-ngay-chu-nhat-xanh",
        title="Tuổi trẻ Trường Chính trị tỉnh ra quân hưởng ứng Ngày Chủ nhật xanh",
        cat="12",
        published_at="2026-10-18T07:50:00+07:00",
        summary=None,
        blocks=[
            P("Sáng 18/10, Đoàn Thanh niên Trường Chính trị tỉnh phối hợp với Công đoàn Nhà trường tổ chức ra "
              "quân hưởng ứng Ngày Chủ nhật xanh, chung tay làm sạch môi trường khuôn viên Trường và các tuyến "
              "đường xung quanh."),
            P("Hơn 60 đoàn viên, công đoàn viên đã tham gia thu gom rác thải, phát quang bụi rậm, khơi thông "
              "cống rãnh và trồng mới 50 cây xanh dọc khuôn viên ký túc xá học viên."),
            Img("/upload/news/2026_10/chunhat-xanh.jpg", "Đoàn viên thanh niên dọn vệ sinh khuôn viên Nhà trường",
                "Đoàn viên thanh niên dọn vệ sinh khuôn viên Nhà trường"),
            P("Hoạt động nhằm hưởng ứng phong trào “Chống rác thải nhựa” và xây dựng cơ quan văn hóa, xanh - "
              "sạch - đẹp, góp phần tạo cảnh quan môi trường học tập, làm việc thân thiện cho cán bộ, giảng viên "
              "và học viên."),
            _right("Đoàn Thanh niên Trường"),
        ],
        authors=["Đoàn Thanh niên Trường"],
        opts={"date": "18/10/2026 07:50 AM", "keywords": "Ngày Chủ nhật xanh, đoàn thanh niên"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _cat(story: Story) -> int:
    return int(story.cat)


def _module(story: Story) -> int:
    return CATS[_cat(story)][0]


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at or "", reverse=True)


def _in_cat(cat: int) -> list[Story]:
    return _newest([s for s in STORIES if _cat(s) == cat])


def _in_module(module: int) -> list[Story]:
    return _newest([s for s in STORIES if _module(s) == module])


def _day(story: Story) -> str:
    return story.opts["date"][:10]


# --- URLs -------------------------------------------------------------------------------------


def seo(story: Story, slug: str | None = None) -> str:
    """The SEO alias, relative (the page's <base> makes it absolute)."""
    return f"tin-tuc/{slug or story.slug}-n{story.id}.html"


def news_url(story: Story, cat: int | None = None, module: int | None = None) -> str:
    module = module or _module(story)
    if cat is None:
        return f"index.php?module={module}&news={story.id}"
    return f"index.php?module={module}&cat={cat}&news={story.id}"


def list_url(module: int, cat: int | None = None, page: int | None = None) -> str:
    url = f"index.php?module={module}"
    if cat is not None:
        url += f"&cat={cat}"
    if page is not None:
        url += f"&page={page}"
    return url


def a(href: str) -> str:
    """An href attribute value (ampersands escaped as the template prints them)."""
    return esc(href)


def title_twice(title: str) -> str:
    """The listing/<title> form: stored escaped once, escaped again on output (trap 7)."""
    return esc(esc(title))


def baidadang(story: Story) -> list[Story]:
    """'Các bài đã đăng': the module's 3 newest items other than this one."""
    return [s for s in _in_module(_module(story)) if s.id != story.id][:3]


# --- chrome -----------------------------------------------------------------------------------

_NAV = """
<nav class="navbar navbar-default menu_ngang" role="navigation">
 <div class="container-fluid">
  <div class="navbar-header">
   <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mn_chinh">
    <span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
  </div>
  <div class="collapse navbar-collapse" id="mn_chinh">
   <ul class="nav navbar-nav">
    <li><a href="index.php"><i class="glyphicon glyphicon-home"></i></a></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="index.php?module=2&amp;cat=5">Lịch sử hình thành và phát triển</a></li>
      <li><a href="index.php?module=2&amp;cat=6">Cơ cấu tổ chức</a></li>
      <li><a href="index.php?module=2&amp;cat=7">Chức năng, nhiệm vụ</a></li>
     </ul></li>
    <li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức - Sự kiện <b class="caret"></b></a>
     <ul class="dropdown-menu">
      <li><a href="index.php?module=3&amp;cat=12">Hoạt động của Trường</a></li>
      <li><a href="index.php?module=3&amp;cat=13">Đào tạo - Bồi dưỡng</a></li>
      <li class="divider"></li><li class="dropdown-header">Tiêu điểm</li>
      <li><a href="@TIEUDIEM@">Khai giảng lớp TCLLCT-HC tại Hương Khê</a></li>
     </ul></li>
    <li><a href="index.php?module=4">Nghiên cứu - Trao đổi</a></li>
    <li><a href="index.php?module=5">Văn bản</a></li>
    <li><a href="index.php?module=6">Thư viện ảnh</a></li>
    <li><a href="index.php?module=7">Liên hệ</a></li>
   </ul>
   <form class="navbar-form navbar-right" action="index.php" method="get" role="search">
    <input type="hidden" name="module" value="9" />
    <input type="text" class="form-control input-sm" name="key" placeholder="Từ khóa..." />
    <button type="submit" class="btn btn-default btn-sm"><i class="glyphicon glyphicon-search"></i></button>
   </form>
  </div>
 </div>
</nav>""".replace("@TIEUDIEM@", seo(BY_ID[318]))

_LEFT = """
<div class="col-md-3 col-sm-3" id="cot_trai">
 <div class="khoi_trai">
  <div class="tde_khoi_trai">DANH MỤC</div>
  <div class="list-group mn_doc">
   <a class="list-group-item" href="index.php?module=2">Giới thiệu</a>
   <a class="list-group-item" href="index.php?module=3">Tin tức - Sự kiện</a>
   <a class="list-group-item cap2" href="index.php?module=3&amp;cat=12">&nbsp;&nbsp;&rsaquo; Hoạt động của Trường</a>
   <a class="list-group-item cap2" href="index.php?module=3&amp;cat=13">&nbsp;&nbsp;&rsaquo; Đào tạo - Bồi dưỡng</a>
   <a class="list-group-item" href="index.php?module=4">Nghiên cứu - Trao đổi</a>
   <a class="list-group-item" href="index.php?module=5">Văn bản</a>
   <a class="list-group-item" href="index.php?module=6">Thư viện ảnh</a>
   <a class="list-group-item" href="index.php?module=7">Liên hệ</a>
  </div>
 </div>
 <div class="khoi_trai">
  <div class="tde_khoi_trai">LIÊN KẾT WEBSITE</div>
  <select class="form-control input-sm" onchange="if(this.value!='')window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="http://hatinh.dcs.vn">Đảng bộ tỉnh Hà Tĩnh</option>
   <option value="http://hatinh.gov.vn">Cổng TTĐT tỉnh Hà Tĩnh</option>
   <option value="http://hcma.vn">Học viện CTQG Hồ Chí Minh</option>
  </select>
  <p class="banner_lk"><a href="http://baohatinh.vn" target="_blank"><img src="upload/banner/baohatinh.gif" alt="Báo Hà Tĩnh" class="img-responsive" /></a></p>
  <p class="banner_lk"><a href="http://tuyengiao.vn" target="_blank"><img src="upload/banner/tuyengiao.gif" alt="Tạp chí Tuyên giáo" class="img-responsive" /></a></p>
 </div>
</div>"""


def _right_col() -> str:
    docnhieu = "".join(
        f'<li><a href="{a(seo(BY_ID[i]))}">{title_twice(BY_ID[i].title)}</a></li>' for i in (315, 318, 314, 305, 316)
    )
    return f"""
<div class="col-md-3 col-sm-3" id="cot_phai">
 <div class="khoi_phai">
  <h2 class="tde_khoi">Đọc nhiều nhất</h2>
  <ul class="ds_docnhieu">{docnhieu}</ul>
 </div>
 <div class="khoi_phai">
  <h2 class="tde_khoi">Thăm dò ý kiến</h2>
  <form id="frm_tdyk" action="#" onsubmit="return false;">
   <p>Bạn đánh giá thế nào về giao diện website mới của Nhà trường?</p>
   <div class="radio"><label><input type="radio" name="pa" value="1" /> Đẹp, dễ sử dụng</label></div>
   <div class="radio"><label><input type="radio" name="pa" value="2" /> Bình thường</label></div>
   <div class="radio"><label><input type="radio" name="pa" value="3" /> Cần cải tiến thêm</label></div>
   <button class="btn btn-primary btn-xs" onclick="bieuquyet(3)">Biểu quyết</button>
   <a href="javascript:;" onclick="xemkq(3)" class="btn btn-default btn-xs">Xem kết quả</a>
  </form>
 </div>
 <div class="khoi_phai">
  <h2 class="tde_khoi">Thống kê truy cập</h2>
  <table class="tk_truycap">
   <tr><td><img src="images/online.gif" alt="" /> Đang online:</td><td>27</td></tr>
   <tr><td><img src="images/homnay.gif" alt="" /> Hôm nay:</td><td>1.204</td></tr>
   <tr><td><img src="images/tong.gif" alt="" /> Tổng truy cập:</td><td>2.847.913</td></tr>
  </table>
 </div>
</div>"""


def page(request: Request, title: str, centre: str, *, head_extra: str = "", description: str = "") -> str:
    """The vendor's layout; ``title`` is already HTML (double-escaped where the CMS does so)."""
    base = base_url(request) + "/"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<base href="{esc(base)}" />
<title>{title}</title>
<meta name="description" content="{esc(description or SCHOOL)}" />
<meta name="keywords" content="Trường Chính trị, Hà Tĩnh, lý luận chính trị, đào tạo cán bộ" />
<meta name="generator" content="HLSoft Portal 2.0" />
{head_extra}
<link rel="shortcut icon" href="favicon.ico" />
<link href="templates/default/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="templates/default/css/style.css?v=20141103" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="templates/default/js/jquery-1.11.1.min.js"></script>
<script type="text/javascript" src="templates/default/js/bootstrap.min.js"></script>
<script type="text/javascript" src="templates/default/js/jquery.lazyload.min.js"></script>
<script type="text/javascript" src="templates/default/js/hlsoft.js"></script>
</head>
<body>
<a name="top"></a>
<div class="container" id="khung_web">
 <div id="dong_top" class="clearfix">
  <span class="pull-left"><i class="glyphicon glyphicon-calendar"></i> {HEADER_TODAY}</span>
  <span class="pull-right"><a href="index.php?module=7">Liên hệ</a> | <a href="index.php?module=9">Tìm kiếm</a></span>
 </div>
 <div id="banner_top" class="row">
  <div class="col-md-2 col-sm-2 logo_tr"><a href="./"><img src="upload/banner/logo-truong.png" alt="Logo" class="img-responsive" /></a></div>
  <div class="col-md-10 col-sm-10 ten_tr">
   <p class="cq_chuquan">TỈNH ỦY HÀ TĨNH</p>
   <h1><a href="./">TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</a></h1>
   <p class="khauhieu">Học để làm việc, làm người, làm cán bộ</p>
  </div>
 </div>
 {_NAV}
 <div class="row" id="noidung_chinh">
 {_LEFT}
  <div class="col-md-6 col-sm-6" id="cot_giua">
{centre}
  </div>
 {_right_col()}
 </div>
 <div id="chan_trang" class="row">
  <div class="col-md-12">
   <p><b>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</b></p>
   <p>Địa chỉ: Số 159, đường Hà Huy Tập, phường Nam Hà, TP. Hà Tĩnh, tỉnh Hà Tĩnh</p>
   <p>Điện thoại: 0239.3855.496 - Fax: 0239.3855.497 - Email: truongchinhtri@hatinh.gov.vn</p>
   <p>Chịu trách nhiệm chính: Đồng chí Trần Văn Hải - Hiệu trưởng</p>
   <p class="banquyen">&copy; Bản quyền thuộc Trường Chính trị tỉnh Hà Tĩnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br />
   Thiết kế và phát triển: <a href="http://hlsoft.com.vn" target="_blank">Công ty CP Phần mềm Hồng Lĩnh (HLSoft)</a></p>
  </div>
 </div>
</div>
<script type="text/javascript">
$(function(){{ $("img.lazy").lazyload({{effect: "fadeIn", threshold: 200}}); }});
function inbai(id){{ window.open('print.php?news='+id,'inbai','width=820,height=640,scrollbars=yes'); }}
</script>
</body>
</html>"""


def breadcrumb(module: int, cat: int | None) -> str:
    items = ['<li><a href="index.php"><i class="glyphicon glyphicon-home"></i> Trang chủ</a></li>']
    items.append(f'<li><a href="{a(list_url(module))}">{esc(MODULES[module])}</a></li>')
    if cat is not None and CATS[cat][1] != MODULES[module]:
        items.append(f'<li class="active"><a href="{a(list_url(module, cat))}">{esc(CATS[cat][1])}</a></li>')
    return f'<ol class="breadcrumb">{"".join(items)}</ol>'


# --- article text ------------------------------------------------------------------------------


def _img(img: Img, lazy: bool) -> str:
    src = img.src.lstrip("/")
    if lazy:
        tag = (f'<img class="lazy img-responsive" src="images/grey.gif" data-original="{esc(src)}" '
               f'alt="" width="500" height="333" />')
    else:
        tag = f'<img src="{esc(src)}" alt="" width="500" />'
    line = img.printed
    if img.style == "tbl":
        cap = (f'<tr><td class="mota_anh" style="text-align:center"><span style="font-size:12px">'
               f'<em>{esc(line)}</em></span></td></tr>') if line else ""
        return (f'<table class="anh_tin" align="center" border="0" cellpadding="3" cellspacing="0" '
                f'style="width:500px"><tbody><tr><td>{tag}</td></tr>{cap}</tbody></table>')
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'<p style="text-align: center;"><em>{esc(line)}</em></p>'
    return out


_WORD_SPAN = ('<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
              'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;'
              'font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">{}<o:p></o:p></span></p>\n'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')


def render_text(story: Story, lazy: bool = True) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b, lazy))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append(f'<ul style="text-align: justify;">{"".join(items)}</ul>')
            continue
        elif b.style == "tr":
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in cells) + "</tr>")
                i += 1
            out.append('<table class="table table-bordered" border="1" cellpadding="4" cellspacing="0" '
                       f'style="width:100%">\n<tbody>{"".join(rows)}</tbody></table>')
            continue
        elif b.style == "br":
            # joined to the previous <p> by a <br />
            prev = out.pop()
            out.append(prev[: -len("</p>")] + f"<br />\n{esc(b.text)}</p>")
        elif b.style in ("b", "h"):
            out.append(f'<p style="text-align: justify;"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "q":
            out.append(f'<blockquote><p><em>{esc(b.text)}</em></p></blockquote>')
        elif b.style == "word":
            out.append(_WORD_SPAN.format(esc(b.text)))
        else:
            out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        i += 1
    markup = "\n".join(out)
    if story.opts.get("entities"):
        markup = entity_mix(markup)
    return markup


# --- pages ------------------------------------------------------------------------------------


def _date_line(story: Story) -> str:
    line = f'<span class="ngay_ct"><i class="glyphicon glyphicon-time"></i> Ngày đăng: {story.opts["date"]}</span>'
    if story.opts.get("updated"):
        line += f' <span class="capnhat_ct">| Cập nhật: {story.opts["updated"]}</span>'
    return line


def article_page(request: Request, story: Story, url_cat: int | None) -> str:
    module = _module(story)
    cat_for_links = url_cat if url_cat is not None else _cat(story)
    canon = base_url(request) + "/" + seo(story)
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat_ct"><strong>{esc(story.summary)}</strong></div>'
    again = ""
    if story.opts.get("sapo_again"):
        again = f'<p style="text-align: justify;">{esc(story.summary or "")}</p>\n'
    bdd = "".join(
        f'<li><a href="{a(news_url(s, cat_for_links if _module(s) == module else None))}">'
        f'{title_twice(s.title)}</a> <span class="ngay_bdd">({_day(s)})</span></li>'
        for s in baidadang(story)
    )
    first_img = story.images[0].src.lstrip("/") if story.images else "upload/banner/logo-truong.png"
    head = (
        f'<link rel="canonical" href="{esc(canon)}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{title_twice(story.title)}" />\n'
        f'<meta property="og:url" content="{esc(canon)}" />\n'
        f'<meta property="og:image" content="{esc(base_url(request) + "/" + first_img)}" />'
    )
    centre = f"""
{breadcrumb(module, url_cat)}
<div class="khung_ct">
 <div class="tde_ct">{esc(story.title)}</div>
 <div class="tgian_ct">{_date_line(story)} <span class="luotxem_ct">| Lượt xem: {story.views()}</span>
  <span class="nguoidang_ct">| Người đăng: admin_tct</span></div>
 {sapo}
 <div id="nd_ct" class="noidung_ct">
  <div class="tukhoa_ct" style="display:none;">Từ khóa: {esc(story.opts.get("keywords", ""))}</div>
{again}{render_text(story)}
  <div class="congcu_ct clearfix">
   <a href="javascript:void(0);" onclick="inbai({story.id})"><img src="images/print.gif" alt="" /> In bài</a> |
   <a href="javascript:void(0);" onclick="guimail({story.id})"><img src="images/email.gif" alt="" /> Gửi email</a> |
   <a href="javascript:history.back();">Quay lại</a> | <a href="#top">Về đầu trang</a>
  </div>
  <div class="addthis_toolbox addthis_default_style">
   <a class="addthis_button_facebook_like" fb:like:layout="button_count"></a>
   <a class="addthis_button_tweet"></a><a class="addthis_counter addthis_pill_style"></a>
  </div>
 </div>
 <div class="bdd_ct">
  <div class="tde_bdd">Các bài đã đăng</div>
  <ul>{bdd}</ul>
 </div>
</div>"""
    return page(request, f"{title_twice(story.title)} - {SCHOOL}", centre, head_extra=head,
                description=(story.summary or "")[:160])


def print_page(story: Story) -> str:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài: {title_twice(story.title)}</title>
<link href="templates/default/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print();">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td><b>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</b><br />Website: truongchinhtri.hatinh.gov.vn</td></tr>
<tr><td><hr /></td></tr>
<tr><td class="in_tde"><h3>{esc(story.title)}</h3></td></tr>
<tr><td class="in_ngay">Ngày đăng: {story.opts["date"]}</td></tr>
<tr><td class="in_nd">{sapo}
{render_text(story, lazy=False)}</td></tr>
<tr><td><hr /><i>Bản quyền thuộc Trường Chính trị tỉnh Hà Tĩnh</i></td></tr>
</table>
</body>
</html>"""


def _item(story: Story) -> str:
    thumb = (story.images[0].src.replace("/upload/news/", "upload/news/thumb/") if story.images
             else "images/no-image.jpg")
    summary = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(summary) > 170:
        summary = summary[:170].rsplit(" ", 1)[0] + "..."
    url = news_url(story, _cat(story))
    return f"""
 <div class="item_tin clearfix">
  <a href="{a(url)}" class="anh_tin pull-left"><img src="{esc(thumb)}" alt="" width="130" height="90" /></a>
  <h3 class="tde_tin"><a href="{a(url)}">{title_twice(story.title)}</a> <span class="ngay_tin">({_day(story)})</span></h3>
  <p class="tt_tin">{esc(summary)}</p>
 </div>"""


def pager(module: int, cat: int, current: int, pages: int) -> str:
    if pages <= 1:
        return ""
    items = []
    if current > 1:
        items.append(f'<li><a href="{a(list_url(module, cat, current - 1))}">&laquo; Trước</a></li>')
    else:
        items.append('<li class="disabled"><span>&laquo; Trước</span></li>')
    for p in range(1, pages + 1):
        if p == current:
            items.append(f'<li class="active"><span>{p}</span></li>')
        else:
            items.append(f'<li><a href="{a(list_url(module, cat, p))}">{p}</a></li>')
    # the vendor's pager: "Sau" always links current + 1, even from the last page (trap 13)
    items.append(f'<li><a href="{a(list_url(module, cat, current + 1))}">Sau &raquo;</a></li>')
    return f'<div class="phantrang text-center"><ul class="pagination pagination-sm">{"".join(items)}</ul></div>'


def listing_page(request: Request, module: int, cat: int, page_no: int) -> str:
    stories = _in_cat(cat)
    pages = (len(stories) + PAGE_SIZE - 1) // PAGE_SIZE
    chunk = stories[(page_no - 1) * PAGE_SIZE: page_no * PAGE_SIZE]
    if chunk:
        body = '<div class="ds_tin">' + "".join(_item(s) for s in chunk) + "</div>" + pager(module, cat, page_no, pages)
    else:
        body = '<div class="alert alert-info">Chưa có tin bài trong mục này!</div>'
    name = CATS[cat][1]
    centre = f"""
{breadcrumb(module, cat)}
<div class="tde_chuyenmuc"><span>{esc(name)}</span></div>
{body}"""
    suffix = f" - Trang {page_no}" if page_no > 1 else ""
    return page(request, f"{esc(name)}{suffix} - {SCHOOL}", centre)


def module3_front(request: Request) -> str:
    blocks = []
    for cat in (12, 13):
        items = "".join(_item(s) for s in _in_cat(cat)[:3])
        blocks.append(f"""
<div class="khoi_cm">
 <div class="tde_chuyenmuc"><a href="{a(list_url(3, cat))}">{esc(CATS[cat][1])}</a></div>
 <div class="ds_tin">{items}</div>
 <p class="text-right"><a href="{a(list_url(3, cat))}" class="xemtiep">Xem tiếp &raquo;</a></p>
</div>""")
    centre = breadcrumb(3, None) + "".join(blocks)
    return page(request, f"{esc(MODULES[3])} - {SCHOOL}", centre)


def soft_404(request: Request, module: int, cat: int | None) -> str:
    centre = f"""
{breadcrumb(module, cat)}
<div class="alert alert-warning">Tin bài không tồn tại hoặc đã bị gỡ bỏ! Hệ thống sẽ tự chuyển về trang chủ sau 3 giây...</div>
<script type="text/javascript">setTimeout(function(){{ location.href = 'index.php'; }}, 3000);</script>"""
    return page(request, f"Thông báo - {SCHOOL}", centre)


ACTIVE = ' class="active"'


def home_page(request: Request) -> str:
    ticker = BY_ID[316]
    slides = [(BY_ID[318], None), (BY_ID[315], BY_ID[315].opts["old_slug"]), (BY_ID[316], None)]
    indicators = "".join(
        f'<li data-target="#tin_noibat" data-slide-to="{i}"{ACTIVE if i == 0 else ""}></li>'
        for i in range(len(slides))
    )
    items = []
    for i, (s, slug) in enumerate(slides):
        t = s.title if len(s.title) <= 80 else s.title[:80].rsplit(" ", 1)[0] + "..."
        img = s.images[0].src.lstrip("/") if s.images else "images/no-image.jpg"
        items.append(
            f'<div class="item{" active" if i == 0 else ""}"><a href="{a(seo(s, slug))}">'
            f'<img src="{esc(img)}" alt="" class="img-responsive" /></a>'
            f'<div class="carousel-caption"><a href="{a(seo(s, slug))}">{title_twice(t)}</a></div></div>'
        )
    tinmoi = "".join(
        f'<li><a href="{a(seo(s))}">{title_twice(s.title)}</a> <span class="ngay_tin">({_day(s)})</span></li>'
        for s in _newest(STORIES)[:5]
    )
    nctd = "".join(
        f'<li><a href="{a(seo(s))}">{title_twice(s.title)}</a></li>' for s in _in_module(4)[:3]
    )
    centre = f"""
<div class="thongbao_chay"><b>Thông báo:</b>
 <marquee behavior="scroll" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">
  <a href="{a(news_url(ticker))}">{title_twice(ticker.title)}</a> &nbsp;&bull;&nbsp;
  <a href="index.php?module=5&amp;doc=41">Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027</a>
 </marquee>
</div>
<div id="tin_noibat" class="carousel slide" data-ride="carousel">
 <ol class="carousel-indicators">{indicators}</ol>
 <div class="carousel-inner">{"".join(items)}</div>
 <a class="left carousel-control" href="#tin_noibat" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
 <a class="right carousel-control" href="#tin_noibat" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a>
</div>
<div class="khoi_cm">
 <div class="tde_chuyenmuc"><span>Tin mới</span></div>
 <ul class="ds_tinmoi">{tinmoi}</ul>
</div>
<div class="khoi_cm">
 <div class="tde_chuyenmuc"><a href="index.php?module=4">Nghiên cứu - Trao đổi</a></div>
 <ul class="ds_tinmoi">{nctd}</ul>
</div>"""
    return page(request, f"{SCHOOL} - Trang chủ", centre)


# --- not articles -----------------------------------------------------------------------------

INTRO = {
    5: ("Lịch sử hình thành và phát triển", [
        "Trường Chính trị tỉnh Hà Tĩnh tiền thân là Trường Đảng tỉnh Hà Tĩnh, được thành lập năm 1949. Trải "
        "qua các giai đoạn lịch sử, Trường nhiều lần thay đổi tên gọi và sáp nhập, chia tách theo địa giới "
        "hành chính của tỉnh.",
        "Năm 1991, khi tỉnh Hà Tĩnh được tái lập, Trường Đảng tỉnh được tổ chức lại và đến năm 1995 đổi tên "
        "thành Trường Chính trị tỉnh Hà Tĩnh theo Quyết định của Ban Bí thư Trung ương Đảng.",
        "Qua hơn 75 năm xây dựng và trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ cho "
        "hệ thống chính trị các cấp của tỉnh; được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Nhất.",
    ]),
    6: ("Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa học.",
        "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và Pháp luật; Khoa Dân vận.",
    ]),
    7: ("Chức năng, nhiệm vụ", [
        "Trường Chính trị tỉnh là cơ sở đào tạo, bồi dưỡng trực thuộc Tỉnh ủy, đồng thời chịu sự chỉ đạo, "
        "hướng dẫn về nội dung, chương trình của Học viện Chính trị quốc gia Hồ Chí Minh.",
        "Nhà trường có nhiệm vụ đào tạo trung cấp lý luận chính trị - hành chính; bồi dưỡng cán bộ lãnh đạo, "
        "quản lý cấp cơ sở; bồi dưỡng cập nhật kiến thức; nghiên cứu khoa học và tổng kết thực tiễn.",
    ]),
}

DOCS = {
    41: ("45/TB-TCT", "25/11/2026", "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính năm 2027",
         "upload/vanban/2026/tb-45-tuyensinh-2027.pdf"),
    38: ("112/KH-TCT", "15/10/2026", "Kế hoạch tổ chức Hội thảo khoa học cấp trường năm 2026",
         "upload/vanban/2026/kh-112-hoithao.pdf"),
}
DOC_NO_ENTRY = ("30/QĐ-TCT", "02/10/2026", "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026",
                "upload/vanban/2026/qd-30-qctnb.pdf")


def intro_page(request: Request, cat: int) -> str:
    title, paras = INTRO[cat]
    text_html = "".join(f'<p style="text-align: justify;">{esc(t)}</p>' for t in paras)
    centre = f"""
<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li><li><a href="index.php?module=2">Giới thiệu</a></li><li class="active">{esc(title)}</li></ol>
<div class="khung_gt"><div class="tde_gt">{esc(title)}</div><div class="nd_gt">{text_html}</div></div>"""
    return page(request, f"{esc(title)} - {SCHOOL}", centre)


def docs_page(request: Request) -> str:
    rows = []
    for doc_id, (so, ngay, trichyeu, pdf) in DOCS.items():
        rows.append(f'<tr><td>{esc(so)}</td><td>{ngay}</td><td><a href="index.php?module=5&amp;doc={doc_id}">'
                    f'{esc(trichyeu)}</a></td><td><a href="{esc(pdf)}"><img src="images/pdf.gif" alt="Tải về" /></a></td></tr>')
    so, ngay, trichyeu, pdf = DOC_NO_ENTRY
    rows.append(f'<tr><td>{esc(so)}</td><td>{ngay}</td><td>{esc(trichyeu)}</td>'
                f'<td><a href="{esc(pdf)}"><img src="images/pdf.gif" alt="Tải về" /></a></td></tr>')
    centre = f"""
<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li><li class="active">Văn bản</li></ol>
<table class="table table-striped tbl_vanban"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>"""
    return page(request, f"Văn bản - {SCHOOL}", centre)


def doc_page(request: Request, doc_id: int) -> str:
    so, ngay, trichyeu, pdf = DOCS[doc_id]
    centre = f"""
<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li><li><a href="index.php?module=5">Văn bản</a></li><li class="active">{esc(so)}</li></ol>
<div class="tde_ct">{esc(trichyeu)}</div>
<table class="table table-bordered ct_vanban">
<tr><th>Số ký hiệu</th><td>{esc(so)}</td></tr>
<tr><th>Ngày ban hành</th><td>{ngay}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Trường Chính trị tỉnh Hà Tĩnh</td></tr>
<tr><th>Người ký</th><td>Trần Văn Hải</td></tr>
<tr><th>Trích yếu</th><td>{esc(trichyeu)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{esc(pdf)}"><img src="images/pdf.gif" alt="" /> {esc(pdf.rsplit("/", 1)[1])}</a></td></tr>
</table>"""
    return page(request, f"{esc(trichyeu)} - {SCHOOL}", centre)


ALBUM_PHOTOS = ["upload/album/9/anh-01.jpg", "upload/album/9/anh-02.jpg", "upload/album/9/anh-03.jpg",
                "upload/album/9/anh-04.jpg"]


def albums_page(request: Request) -> str:
    centre = """
<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li><li class="active">Thư viện ảnh</li></ol>
<div class="row ds_album"><div class="col-xs-6"><a href="index.php?module=6&amp;album=9" class="thumbnail">
<img src="upload/album/9/anh-01.jpg" alt="" /><span>Lễ khai giảng năm học 2026 - 2027</span></a></div></div>"""
    return page(request, f"Thư viện ảnh - {SCHOOL}", centre)


def album_page(request: Request) -> str:
    imgs = "".join(f'<div class="col-xs-6"><a href="{p}" class="thumbnail"><img src="{p}" alt="" /></a></div>'
                   for p in ALBUM_PHOTOS)
    centre = f"""
<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li><li><a href="index.php?module=6">Thư viện ảnh</a></li><li class="active">Album</li></ol>
<div class="tde_ct">Lễ khai giảng năm học 2026 - 2027</div>
<p class="ngay_album">(Cập nhật: 08/09/2026)</p>
<div class="row">{imgs}</div>"""
    return page(request, f"Lễ khai giảng năm học 2026 - 2027 - {SCHOOL}", centre)


def contact_page(request: Request) -> str:
    centre = """
<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li><li class="active">Liên hệ</li></ol>
<div class="tde_ct">Liên hệ</div>
<p><b>TRƯỜNG CHÍNH TRỊ TỈNH HÀ TĨNH</b></p>
<p>Địa chỉ: Số 159, đường Hà Huy Tập, phường Nam Hà, TP. Hà Tĩnh</p>
<p>Điện thoại: 0239.3855.496 - Email: truongchinhtri@hatinh.gov.vn</p>
<form action="#" method="post" onsubmit="return guilienhe(this);" class="form-horizontal">
 <input type="text" name="hoten" class="form-control" placeholder="Họ và tên" />
 <input type="text" name="email" class="form-control" placeholder="Email" />
 <textarea name="noidung" class="form-control" rows="5"></textarea>
 <button type="submit" class="btn btn-primary">Gửi liên hệ</button>
</form>"""
    return page(request, f"Liên hệ - {SCHOOL}", centre)


def search_page(request: Request) -> str:
    key = request.params.get("key", "")
    centre = f"""
<ol class="breadcrumb"><li><a href="index.php">Trang chủ</a></li><li class="active">Tìm kiếm</li></ol>
<form action="index.php" method="get"><input type="hidden" name="module" value="9" />
<input type="text" name="key" value="{esc(key)}" class="form-control" /></form>
<p>{"Vui lòng nhập từ khóa cần tìm." if not key else "Không tìm thấy kết quả nào phù hợp."}</p>"""
    return page(request, f"Tìm kiếm - {SCHOOL}", centre)


# --- routing ----------------------------------------------------------------------------------

_SEO = re.compile(r"^/tin-tuc/([a-z0-9-]+)-n(\d+)\.html$")
_INT = re.compile(r"^\d+$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/upload/", "/images/", "/templates/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        m = _SEO.match(path)
        if m:
            story = BY_ID.get(int(m.group(2)))
            return html(article_page(request, story, None)) if story and not request.query else None
        if path == "/print.php":
            params = request.params
            story = BY_ID.get(int(params["news"])) if _INT.match(params.get("news", "")) else None
            if story is None or set(params) != {"news"}:
                return None
            # the print script sends no charset; the meta tag carries it
            return html(print_page(story), charset=None)
        if path in ("/", "/index.php"):
            return self._index(request)
        return None

    def _index(self, request: Request) -> Response | None:
        params = request.params
        if not params:
            return html(home_page(request))
        if any(not _INT.match(v) for k, v in params.items() if k != "key"):
            return None
        num = {k: int(v) for k, v in params.items() if k != "key"}
        module = num.get("module")
        keys = set(params)
        if module == 9 and keys <= {"module", "key"}:
            return html(search_page(request))
        if module == 2 and keys <= {"module", "cat"}:
            cat = num.get("cat", 5)
            return html(intro_page(request, cat)) if cat in INTRO else None
        if module == 5:
            if keys == {"module"}:
                return html(docs_page(request))
            if keys == {"module", "doc"} and num["doc"] in DOCS:
                return html(doc_page(request, num["doc"]))
            return None
        if module == 6:
            if keys == {"module"}:
                return html(albums_page(request))
            if keys == {"module", "album"} and num["album"] == 9:
                return html(album_page(request))
            return None
        if module == 7 and keys == {"module"}:
            return html(contact_page(request))
        if module not in (3, 4):
            return None
        cat = num.get("cat")
        if cat is not None and (cat not in CATS or CATS[cat][0] != module):
            return None
        if "news" in keys:
            if not keys <= {"module", "cat", "news"}:
                return None
            story = BY_ID.get(num["news"])
            if story is None:
                return html(soft_404(request, module, cat)) if num["news"] in DELETED_NEWS else None
            if _module(story) != module:
                return None
            return html(article_page(request, story, cat))
        if not keys <= {"module", "cat", "page"}:
            return None
        if cat is None:
            cat = MODULE_DEFAULT_CAT.get(module)
            if cat is None:
                return html(module3_front(request)) if keys == {"module"} else None
        page_no = num.get("page", 1)
        if not 1 <= page_no <= 4:
            return None
        return html(listing_page(request, module, cat, page_no))


def build_site() -> Site:
    return Site()


# --- gold -------------------------------------------------------------------------------------


def _linked_cat_variants() -> dict[int, set[int]]:
    """Which (news, cat) URLs the 'Các bài đã đăng' lists print, closed over the pages they lead to."""
    seen: set[tuple[int, int]] = set()
    todo = [(s.id, _cat(s)) for s in STORIES]
    while todo:
        news, cat = todo.pop()
        if (news, cat) in seen:
            continue
        seen.add((news, cat))
        story = BY_ID[news]
        for other in baidadang(story):
            todo.append((other.id, cat))
    out: dict[int, set[int]] = {}
    for news, cat in seen:
        if cat != _cat(BY_ID[news]):
            out.setdefault(news, set()).add(cat)
    return out


def _gold() -> list[dict]:
    cross = _linked_cat_variants()
    records = []
    for s in STORIES:
        canonical = "/" + seo(s)
        alts = ["/" + news_url(s, _cat(s)), "/" + news_url(s), f"/print.php?news={s.id}"]
        alts += ["/" + news_url(s, c) for c in sorted(cross.get(s.id, ()))]
        if s.opts.get("old_slug"):
            alts.append("/" + seo(s, s.opts["old_slug"]))
        records.append(gold_record(s, canonical, CATS[_cat(s)][1], canonical_path=canonical, alt_paths=alts))
    return records


GOLD = _gold()

NON_ARTICLES = [
    "/index.php?module=2",
    "/index.php?module=2&cat=5",
    "/index.php?module=2&cat=6",
    "/index.php?module=2&cat=7",
    "/index.php?module=5&doc=41",
    "/index.php?module=5&doc=38",
    "/index.php?module=6&album=9",
    "/index.php?module=7",
]
