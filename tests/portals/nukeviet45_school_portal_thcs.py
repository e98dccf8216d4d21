"""NukeViet 4.5 on the province's shared school-portal product: Trường THCS Nguyễn Văn Trỗi.

Platform
--------
NukeViet 4.5 (PHP, VINADES), one install per school of Quảng Nam's shared "qnam_school" theme
(Bootstrap 3 markup of the default theme, re-skinned): a top bar with the date and a "Tin mới"
ticker, a banner whose school name is an ``<h1>``, a photo slider, the news module's
``viewcat_two_column`` home, a "Thời khóa biểu" module, a "Thư viện ảnh" album module, a "Tài
nguyên" (documents) module, a "Liên kết" block (select box of the education department's sites),
poll and visitor counter; comments by Facebook.

URL scheme (rewrite on, no ``/vi/`` prefix)
--------------------------------------------
- ``/`` and ``/news/``: the news module's home (viewcat_two_column: 3 latest per category)
- ``/news/<cat>/`` and ``/news/<cat>/page-<n>/``: viewcat_page_new listings, 4 per page
- ``/news/<cat>/<slug>-<id>.html``: article; ``/news/print|savefile|sendmail/<cat>/<slug>-<id>.html``
  its tools; ``?download=1&id=0`` on the article path: its attached file
- ``/news/tag/<alias>``: tag listing; ``/news/rss/``: RSS of the 5 latest
- ``/album/`` and ``/album/<slug>-<id>/``; ``/thoi-khoa-bieu/`` (``?khoi=6..9``);
  ``/tai-nguyen/`` and ``/tai-nguyen/<slug>-<id>.html`` (file at ``/tai-nguyen/down/<id>/``);
  ``/contact/``; ``/about/gioi-thieu-chung.html``; ``/seek/`` (search form)

Page templates
--------------
- detail: ``div.news_column.panel`` with ``h1.title[itemprop=headline]``, hidden schema.org spans
  (author, datePublished, dateModified, publisher), the date line ``<span class="h5">Thứ sáu -
  04/12/2026 16:10</span>``, the tool icons, the home image (``figure.article``) and the sapo
  (``div.hometext``), the text in ``div#news-bodyhtml.bodytext``, then "Tác giả:" / "Nguồn tin:"
  lines (``p.h5.text-right``), tags panel, rating panel, social panel, the Facebook comments
  panel, and the "others" panel ("Tin liên quan", "Tin cùng chuyên mục").
- listing: ``div.news_column > div.panel`` per item: thumbnail, ``h3 > a``, ``div.text-muted``
  with "04/12/2026 04:10:00 PM" and "Lượt xem", the sapo; NukeViet's ``ul.pagination``.

How each gold article is reached
--------------------------------
- Tin tức - Sự kiện (6): 248, 245, 240 on the home; 236 on ``/news/tin-tuc-su-kien/`` page 1
  (and in "Tin cùng chuyên mục");
  229 and 224 only on ``/news/tin-tuc-su-kien/page-2/``.
- Hoạt động chuyên môn (5): 247, 243, 238 on the home; 233 on page 1; 226 only on page 2.
- Công tác Đội (2): 246 and 231 on the home and the category page (which also lists 245).

Traps
-----
1. Pagination the NukeViet way: the home shows only 3 items per category, the category page 4;
   page 2 is ``/news/<cat>/page-2/`` behind ``ul.pagination`` links "2" and "»" (page 1 is the
   bare category path). 229, 224 and 226 are linked from no other page (229 also from its own
   tag page): "Tin cùng chuyên mục", "Tin xem nhiều", the ticker and the RSS show only recent
   items. Gold: all 13 found; listings, tag pages and the RSS are not articles.
2. Hidden breadcrumbs: the real trail sits in ``ul.temp-breadcrumbs.hidden`` (schema.org
   BreadcrumbList), the visible ``ul.breadcrumbs`` is empty until the theme's script copies it.
   Gold ``category``: the trail's last item (e.g. "Hoạt động chuyên môn").
3. Article in two categories (listcatid): the home's "Công tác Đội" column builds its links
   with its own alias, so 245 is also served at ``/news/cong-tac-doi/<slug>-245.html``, whose
   breadcrumb and "Tin cùng chuyên mục" say "Công tác Đội"; both pages carry
   ``<link rel="canonical">`` to the main category. Gold: path = main URL, category "Tin tức -
   Sự kiện", the other URL (and its print/savefile URLs) in ``alt_paths``.
4. Tool duplicates: "Lưu bài viết này" is a real ``<a href>`` to ``/news/savefile/…`` that
   serves the whole article again as an HTML attachment; "In ra" opens ``/news/print/…`` by
   ``onclick`` (``href="javascript:void(0)"``). Gold: both in ``alt_paths``. The sendmail popup
   (a form with the title) is no article and in neither list.
5. Renamed alias: 247's "Tin liên quan" links 238 by its old alias
   (``sinh-hoat-chuyen-mon-to-toan-tin-238.html``); NukeViet answers 301 to the current alias.
   Gold: only the current URL.
6. Sapo printed twice: 240's editor pasted the lead into ``hometext`` and again (bold) as the
   first paragraph of the text. Gold: summary = the lead, body starts with it once.
7. Sapo as a bold lead: 226 has no ``hometext``; its text opens with a ``<strong>`` paragraph.
   Gold: summary = that paragraph (also the body's first). 236 has neither: summary null.
8. The "Tác giả:" field is free text: "Cô Trần Thị Mỹ Hạnh" -> "Trần Thị Mỹ Hạnh" (the
   honorific Cô/Thầy is a title); "Thầy Lê Văn Phúc - TPT Đội" -> "Lê Văn Phúc";
   "ThS. Huỳnh Thị Kim Loan - PHT" -> "Huỳnh Thị Kim Loan"; "Tổ Toán - Tin" is a unit whose
   name contains " - " -> ["Tổ Toán - Tin"] (not split); "Nguyễn Thị Thu Hà, Phan Văn Dũng"
   -> two; "BBT" -> nobody. Where the field is empty the byline is typed at the end of the
   text ("Tin, ảnh: Minh Tâm" -> both lists; "Tin: Lê Văn Phúc - Ảnh: Nguyễn Minh Tâm").
9. Schema.org decoy: the hidden ``itemprop="author"`` span repeats the raw field ("Cô Trần Thị
   Mỹ Hạnh", "BBT") or, when it is empty, the school's name. Gold ignores it.
10. Lazy-loaded photos: the theme rewrites every image of the text to
    ``src="/themes/qnam_school/images/blank.gif" data-src="/uploads/news/…jpg" class="lazy"``.
    Gold images: the ``data-src`` paths; the blank gif is no image.
11. Two ``<h1>``: the banner prints the school's name "TRƯỜNG THCS NGUYỄN VĂN TRỖI" as an h1
    before the article's ``h1.title``. Gold title: the article's headline.
12. Widget inside the text's container: the theme appends the Facebook comments box with its
    "Ý kiến bạn đọc" heading and a notice paragraph inside ``div#news-bodyhtml``. Not body.
13. Captions in four forms: a centred ``<em>`` line after the photo; CKEditor's
    ``figure.image > figcaption``; a line crediting only the photographer "(Ảnh: Hoàng Liên)"
    (caption None, photographer); a caption ending in a credit "… thảo luận nhóm (Ảnh: Minh
    Tâm)" (caption without the credit, photographer added). The home image of the detail
    (``figure.article`` after or beside the sapo, ``figcaption`` = its note) is the article's
    first photo; ``figure.noncaption`` has none. Listing thumbnails (``/assets/news/…``) are not.
14. Article-shaped non-articles: documents at ``/tai-nguyen/<slug>-<id>.html`` (title, "Ngày
    ban hành", a description paragraph), albums with dated captions, the timetable ("Áp dụng
    từ ngày 16/11/2026", tables), the intro page with a date line. None is an article.
15. Attachment panel: "Tệp đính kèm" with a Google viewer iframe and a download link on the
    article's own path plus ``?download=1&id=0`` (a PDF). Not body, not an alt path.
16. Text as editors paste it: 229 is Word HTML (``MsoNormal``, ``<o:p>``), 238 has Word list
    items with ``mso-list:Ignore`` markers (no text), 224 (title, sapo, text, caption) was typed
    as decomposed Unicode ("Unicode tổ hợp"). Gold is NFC, markers dropped.
17. Dates: the detail prints "Thứ năm - 12/11/2026 14:00" (24 h), listings "12/11/2026 02:00:00
    PM" (12 h), other lists "(12/11/2026)"; 224 was imported from the old site at "00:00" ->
    the day alone "2026-10-07". ``article:modified_time`` is not the publication date.
18. "Nguồn tin:" printed as a link to another host (``https://baoquangnam.vn``) -> source is the
    text "Báo Quảng Nam".

Gold decisions on ambiguous points
----------------------------------
- The home image shown on the detail page (``figure.article``) is the article's photo and comes
  first in ``images``; its ``figcaption`` is its caption.
- A caption line ending in "(Ảnh: X)": caption = the text before it, X a photographer.
- "Cô"/"Thầy" before a name are titles and dropped; a post after " - " is dropped, except when
  the whole field is a unit's name ("Tổ Toán - Tin").
- The Word/right-aligned byline lines at the end of the text are not body.
- Table rows of 243 are paragraphs (cells joined by " | "), the header row included.
- ``published_at``: the detail's date line with its time, in +07:00; 224's "00:00" -> the day.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from urllib.parse import quote

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
    text,
)

NAME = "nukeviet45_school_portal_thcs"
PLATFORM = "NukeViet 4.5 (shared school-portal theme of Quảng Nam)"
START_PATH = "/"

SITE_NAME = "Trường THCS Nguyễn Văn Trỗi"
THEME = "/themes/qnam_school"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
HOME_PER_CAT = 3

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội",
}

TAGS = {
    "ngay-nha-giao-viet-nam": "Ngày Nhà giáo Việt Nam",
    "hoc-bong": "học bổng",
    "doi-tntp-ho-chi-minh": "Đội TNTP Hồ Chí Minh",
    "sinh-hoat-chuyen-mon": "sinh hoạt chuyên môn",
    "chuyen-doi-so": "chuyển đổi số",
    "phong-chay-chua-chay": "phòng cháy chữa cháy",
}

_WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# --- the articles ------------------------------------------------------------------------------
# opts: time (local "YYYY-MM-DD HH:MM"), author_field (the printed "Tác giả"), source_field
# ((text, link) of "Nguồn tin"), tags, also (other categories), old_slug, related ((id, old?)),
# files, nfd, modified, thumb (listing thumbnail)

TIN, CM, DOI = "tin-tuc-su-kien", "hoat-dong-chuyen-mon", "cong-tac-doi"

_A248_SAPO = (
    "Trong hai ngày 03 và 04/12/2026, đoàn kiểm tra của Phòng Giáo dục và Đào tạo thị xã Điện "
    "Bàn do ông Trần Đình Khoa, Phó Trưởng phòng làm trưởng đoàn đã đến kiểm tra chuyên đề việc "
    "thực hiện nhiệm vụ năm học tại trường."
)
_A245_SAPO = (
    "Sáng 27/11, Liên đội Trường THCS Nguyễn Văn Trỗi phối hợp với Hội Khuyến học phường Điện "
    "Nam Bắc và các nhà hảo tâm tổ chức trao 25 suất học bổng “Tiếp bước đến trường” cho học "
    "sinh có hoàn cảnh khó khăn, vượt khó học tốt."
)
_A240_SAPO = (
    "Sáng ngày 20/11/2026, Trường THCS Nguyễn Văn Trỗi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
    "Nhà giáo Việt Nam và tuyên dương khen thưởng các tập thể, cá nhân có thành tích xuất sắc "
    "trong phong trào thi đua “Dạy tốt - Học tốt”."
)
_A229_SAPO = (
    "Nhằm nâng cao kỹ năng phòng cháy, chữa cháy và thoát nạn cho cán bộ, giáo viên và học sinh, "
    "sáng 23/10, nhà trường phối hợp với Đội Cảnh sát PCCC và CNCH Công an thị xã Điện Bàn tổ "
    "chức buổi diễn tập phương án chữa cháy năm 2026."
)
_A224_SAPO = (
    "Tối 05/10/2026, Trường THCS Nguyễn Văn Trỗi tổ chức Hội nghị đại biểu cha mẹ học sinh đầu "
    "năm học 2026 - 2027, bầu Ban đại diện cha mẹ học sinh trường gồm 11 thành viên."
)
_B247_SAPO = (
    "Sáng 01/12, tổ Ngữ văn - GDCD tổ chức chuyên đề “Dạy học đọc hiểu văn bản thông tin theo "
    "đặc trưng thể loại” qua tiết dạy minh họa tại lớp 8/2 do cô Trần Thị Mỹ Hạnh thực hiện."
)
_B243_SAPO = (
    "Sau gần một tháng tổ chức, Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027 đã "
    "khép lại với 12 giáo viên được công nhận danh hiệu giáo viên dạy giỏi cấp trường."
)
_B238_SAPO = (
    "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, chiều 14/11, tổ Toán - Tin "
    "tổ chức dự giờ, phân tích bài học “Hình thang cân” (Toán 8) tại lớp 8/4 do thầy Nguyễn Văn "
    "Quốc thực hiện."
)
_B233_SAPO = (
    "Chiều 04/11/2026, nhà trường tổ chức buổi tập huấn “Ứng dụng trí tuệ nhân tạo hỗ trợ giáo "
    "viên trong soạn giảng và kiểm tra, đánh giá” cho toàn thể 52 cán bộ, giáo viên."
)
_B226_LEAD = (
    "Sáng 14/10, Trường THCS Nguyễn Văn Trỗi tổ chức khai giảng 9 lớp bồi dưỡng học sinh giỏi "
    "lớp 9, chuẩn bị cho kỳ thi học sinh giỏi cấp thị xã năm học 2026 - 2027."
)
_C246_SAPO = (
    "Hưởng ứng phong trào “Kế hoạch nhỏ”, sáng Chủ nhật 29/11, Liên đội Trường THCS Nguyễn Văn "
    "Trỗi tổ chức ra quân thu gom giấy vụn, vỏ lon và chai nhựa trong toàn Liên đội."
)
_C231_SAPO = (
    "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, chiều 29/10, Liên đội tổ chức Hội thi "
    "“Nghi thức Đội và múa hát sân trường” với sự tham gia của 24 chi đội."
)

STORIES: list[Story] = [
    Story(
        id=248,
        slug="doan-kiem-tra-cua-phong-gd-dt-thi-xa-dien-ban-kiem-tra-chuyen-de-tai-truong",
        title="Đoàn kiểm tra của Phòng GD&ĐT thị xã Điện Bàn kiểm tra chuyên đề tại trường",
        cat=TIN,
        published_at="2026-12-04T16:10:00+07:00",
        summary=_A248_SAPO,
        sapo_outside=True,
        authors=["Tổ Văn phòng"],
        blocks=[
            Img(
                "/uploads/news/2026_12/doan-kiem-tra-pgd-1.jpg",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "Đoàn kiểm tra làm việc với Ban giám hiệu nhà trường",
                "home-full",
            ),
            P(
                "Theo kế hoạch, đoàn tập trung kiểm tra việc xây dựng và thực hiện kế hoạch giáo "
                "dục nhà trường, công tác quản lý hồ sơ chuyên môn, việc triển khai Chương trình "
                "giáo dục phổ thông 2018 ở các khối lớp và công tác kiểm tra nội bộ của Ban giám "
                "hiệu."
            ),
            P(
                "Đoàn đã dự giờ 12 tiết dạy của giáo viên ở các môn Ngữ văn, Toán, Khoa học tự "
                "nhiên, Lịch sử và Địa lí, Tiếng Anh; kiểm tra hồ sơ của 4 tổ chuyên môn và 18 "
                "giáo viên; khảo sát chất lượng đọc hiểu của học sinh hai lớp 7/2 và 9/4."
            ),
            Img(
                "/uploads/news/2026_12/doan-kiem-tra-pgd-2.jpg",
                "Thành viên đoàn dự giờ tiết Khoa học tự nhiên tại lớp 8/1",
                "Thành viên đoàn dự giờ tiết Khoa học tự nhiên tại lớp 8/1",
                "em",
            ),
            P(
                "Qua kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường; hồ sơ sổ "
                "sách được lưu trữ khoa học, đầy đủ trên phần mềm quản lý; phần lớn tiết dạy "
                "được thiết kế theo hướng phát huy tính tích cực của học sinh, sử dụng hiệu quả "
                "thiết bị dạy học và học liệu số."
            ),
            P(
                "Bên cạnh đó, đoàn cũng góp ý một số nội dung cần khắc phục như: việc phân hóa "
                "nhiệm vụ học tập cho học sinh còn hạn chế ở một vài tiết dạy; kế hoạch bài dạy "
                "của một số giáo viên chưa thể hiện rõ phương án đánh giá thường xuyên."
            ),
            P(
                "Phát biểu tiếp thu, thầy Phạm Ngọc Thạch, Hiệu trưởng nhà trường cảm ơn những góp "
                "ý tận tình của đoàn và khẳng định nhà trường sẽ xây dựng kế hoạch khắc phục cụ "
                "thể, tiếp tục đẩy mạnh đổi mới phương pháp dạy học trong thời gian tới."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Văn phòng</strong></p>'),
        ],
        opts={
            "time": "2026-12-04 16:10",
            "modified": "2026-12-05 07:42",
            "author_field": "Tổ Văn phòng",
            "tags": ["chuyen-doi-so"],
        },
    ),
    Story(
        id=245,
        slug="trao-25-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 25 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat=TIN,
        published_at="2026-11-28T09:30:00+07:00",
        summary=_A245_SAPO,
        sapo_outside=True,
        authors=["Hoàng Liên"],
        photographers=["Hoàng Liên"],
        source="Báo Quảng Nam",
        blocks=[
            P(
                "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt, kèm theo một chiếc xe đạp, bộ "
                "sách giáo khoa và dụng cụ học tập. Tổng giá trị chương trình năm nay hơn 70 triệu "
                "đồng, do các cựu học sinh của trường đang sinh sống tại TP. Đà Nẵng, TP. Hồ Chí "
                "Minh và một số doanh nghiệp trên địa bàn thị xã Điện Bàn đóng góp."
            ),
            Img(
                "/uploads/news/2026_11/trao-hoc-bong-1.jpg",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "fig",
            ),
            P(
                "Các em được nhận học bổng đều là học sinh có hoàn cảnh đặc biệt khó khăn: mồ côi "
                "cha hoặc mẹ, gia đình thuộc diện hộ nghèo, cận nghèo, bố mẹ đau ốm thường xuyên "
                "nhưng vẫn nỗ lực vươn lên, đạt kết quả học tập từ khá trở lên trong năm học trước."
            ),
            P(
                "Em Nguyễn Thị Bích Ngọc, học sinh lớp 9/3, xúc động chia sẻ: “Bố em mất sớm, mẹ "
                "làm thuê ở chợ Vĩnh Điện. Chiếc xe đạp mới giúp em không còn phải đi bộ gần 4 cây "
                "số mỗi ngày đến trường. Em sẽ cố gắng học thật giỏi để không phụ lòng thầy cô và "
                "các cô chú.”"
            ),
            Img("/uploads/news/2026_11/trao-hoc-bong-2.jpg", "(Ảnh: Hoàng Liên)", None, "credit"),
            P(
                "Phát biểu tại buổi lễ, thầy Phạm Ngọc Thạch, Hiệu trưởng nhà trường bày tỏ lòng "
                "biết ơn đối với các nhà hảo tâm và mong rằng phong trào “Tiếp bước đến trường” sẽ "
                "được duy trì, lan tỏa, để không học sinh nào phải bỏ học vì hoàn cảnh khó khăn."
            ),
            P(
                "Được biết, chương trình học bổng “Tiếp bước đến trường” được Liên đội khởi xướng "
                "từ năm học 2019 - 2020. Đến nay đã có hơn 160 suất học bổng được trao với tổng trị "
                "giá gần 300 triệu đồng."
            ),
        ],
        opts={
            "time": "2026-11-28 09:30",
            "author_field": "Hoàng Liên",
            "source_field": ("Báo Quảng Nam", "https://baoquangnam.vn"),
            "tags": ["hoc-bong", "doi-tntp-ho-chi-minh"],
            "also": [DOI],
            "related": [(246, False)],
            "thumb": "/assets/news/2026_11/trao-hoc-bong-1.jpg",
        },
    ),
    Story(
        id=240,
        slug="long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        cat=TIN,
        published_at="2026-11-20T10:15:00+07:00",
        summary=_A240_SAPO,
        sapo_outside=True,
        authors=[],
        blocks=[
            Raw(f'<p style="text-align: justify;"><strong>{esc(_A240_SAPO)}</strong></p>'),
            P(
                "Đến dự buổi lễ có ông Lê Quang Vinh, Phó Chủ tịch UBND phường Điện Nam Bắc; đại "
                "diện lãnh đạo Phòng GD&ĐT thị xã Điện Bàn; Ban đại diện cha mẹ học sinh; các thầy "
                "cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 900 học "
                "sinh của trường."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-1.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh khối 9",
                "Tiết mục văn nghệ chào mừng của học sinh khối 9",
                "em",
            ),
            P(
                "Tại buổi lễ, cô Huỳnh Thị Kim Loan, Phó Hiệu trưởng nhà trường đã ôn lại lịch sử, "
                "ý nghĩa của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà "
                "trường trong năm học 2025 - 2026: tỉ lệ học sinh lên lớp đạt 99,2%; 100% học sinh "
                "lớp 9 được công nhận tốt nghiệp; 31 học sinh đạt giải trong kỳ thi học sinh giỏi "
                "cấp thị xã và 7 học sinh đạt giải cấp tỉnh."
            ),
            P("Phát biểu tại buổi lễ, thầy Phạm Ngọc Thạch, Hiệu trưởng nhà trường nhắn nhủ:"),
            P(
                "“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo; hãy "
                "giữ lửa yêu nghề để mỗi ngày đến trường thực sự là một ngày vui của học trò.”",
                "quote",
            ),
            P(
                "Thay mặt các thế hệ học trò, em Trần Minh Khang, Liên đội trưởng, gửi lời tri ân "
                "đến thầy cô:",
                "br+",
            ),
            P(
                "“Chúng em xin hứa sẽ chăm ngoan, học giỏi, xứng đáng với công lao dạy dỗ của thầy "
                "cô.”"
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy "
                "giỏi cấp trường, 5 giáo viên chủ nhiệm xuất sắc và trao giải cho các lớp đạt thành "
                "tích cao trong đợt thi đua chào mừng ngày 20/11."
            ),
            Img(
                "/uploads/news/2026_11/ky-niem-20-11-2.jpg",
                "Ban giám hiệu trao giấy khen cho các giáo viên có thành tích xuất sắc",
                "Ban giám hiệu trao giấy khen cho các giáo viên có thành tích xuất sắc",
                "em",
            ),
            P(
                "Buổi lễ khép lại trong không khí ấm áp, với những bó hoa tươi thắm và lời chúc tốt "
                "đẹp nhất mà các em học sinh dành tặng thầy cô."
            ),
        ],
        opts={
            "time": "2026-11-20 10:15",
            "author_field": "BBT",
            "tags": ["ngay-nha-giao-viet-nam"],
            "related": [(231, False)],
            "thumb": "/assets/news/2026_11/ky-niem-20-11-1.jpg",
        },
    ),
    Story(
        id=236,
        slug="hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
        cat=TIN,
        published_at="2026-11-12T14:00:00+07:00",
        authors=["Huỳnh Thị Kim Loan"],
        blocks=[
            P(
                "Chiều ngày 09/11/2026, Trường THCS Nguyễn Văn Trỗi tổ chức hội nghị cha mẹ học "
                "sinh giữa học kỳ I tại 24 lớp học. Hội nghị nhằm thông tin đến phụ huynh kết quả "
                "học tập, rèn luyện của học sinh sau nửa học kỳ và thống nhất các biện pháp phối "
                "hợp giáo dục giữa gia đình và nhà trường."
            ),
            P("Tại hội nghị, giáo viên chủ nhiệm các lớp đã trao đổi với phụ huynh các nội dung chính:"),
            P("Kết quả kiểm tra giữa kỳ và nhận xét về ý thức học tập của từng học sinh;", "li"),
            P(
                "Tình hình thực hiện nội quy, an toàn giao thông, phòng chống bạo lực học đường;",
                "li",
            ),
            P(
                "Kế hoạch ôn tập, kiểm tra cuối học kỳ I và lịch bồi dưỡng học sinh giỏi, phụ đạo "
                "học sinh yếu;",
                "li",
            ),
            P("Việc quản lý học sinh sử dụng điện thoại di động và mạng xã hội ở nhà.", "li"),
            P(
                "Nhiều ý kiến của phụ huynh tập trung vào việc tăng cường thông tin hai chiều qua "
                "sổ liên lạc điện tử, tổ chức thêm các buổi học kỹ năng sống và bố trí người trông "
                "giữ xe vào giờ tan học."
            ),
            P(
                "Các ý kiến đóng góp đã được giáo viên chủ nhiệm tổng hợp, báo cáo Ban giám hiệu "
                "để có hướng giải quyết kịp thời trong tháng 11."
            ),
        ],
        opts={"time": "2026-11-12 14:00", "author_field": "Huỳnh Thị Kim Loan"},
    ),
    Story(
        id=229,
        slug="dien-tap-phuong-an-chua-chay-va-cuu-nan-cuu-ho-nam-2026",
        title="Diễn tập phương án chữa cháy và cứu nạn, cứu hộ năm 2026",
        cat=TIN,
        published_at="2026-10-24T07:50:00+07:00",
        summary=_A229_SAPO,
        sapo_outside=True,
        authors=["Minh Tâm"],
        photographers=["Minh Tâm"],
        blocks=[
            P(
                "Tình huống giả định: vào lúc 8 giờ 15 phút, trong giờ học, phòng thiết bị tầng 2 "
                "dãy nhà B bất ngờ xảy ra cháy do chập điện. Khói lan nhanh sang các phòng học lân "
                "cận, nơi có khoảng 120 học sinh đang học tập.",
                "word",
            ),
            P(
                "Ngay khi phát hiện đám cháy, bảo vệ nhà trường đã đánh kẻng báo động, ngắt cầu "
                "dao điện và gọi điện báo cho lực lượng cảnh sát PCCC theo số 114. Đội PCCC cơ sở "
                "của trường nhanh chóng sử dụng bình chữa cháy xách tay, vòi chữa cháy vách tường "
                "để khống chế đám cháy.",
                "word",
            ),
            Img(
                "/uploads/news/2026_10/dien-tap-pccc-1.jpg",
                "Đội PCCC cơ sở của nhà trường triển khai vòi chữa cháy",
                "Đội PCCC cơ sở của nhà trường triển khai vòi chữa cháy",
                "word",
            ),
            P(
                "Giáo viên bộ môn hướng dẫn học sinh dùng khăn ướt che mũi, miệng, cúi thấp người "
                "và di chuyển theo lối thoát nạn đến khu vực tập kết an toàn ở sân trường. Chỉ sau "
                "4 phút, toàn bộ học sinh các phòng học bị ảnh hưởng đã được sơ tán.",
                "word",
            ),
            P(
                "Lực lượng cảnh sát có mặt kịp thời, triển khai đội hình chữa cháy, đồng thời tổ "
                "chức cứu nạn hai “nạn nhân” bị ngạt khói mắc kẹt trong phòng thiết bị.",
                "word",
            ),
            Img(
                "/uploads/news/2026_10/dien-tap-pccc-2.jpg",
                "Học sinh thực hành sử dụng bình chữa cháy",
                "Học sinh thực hành sử dụng bình chữa cháy",
                "word",
            ),
            P(
                "Sau buổi diễn tập, cán bộ Đội Cảnh sát PCCC và CNCH đã hướng dẫn học sinh cách sử "
                "dụng bình chữa cháy, kỹ năng thoát nạn khi xảy ra cháy nổ ở nhà cao tầng và nhà "
                "ống, loại hình nhà ở phổ biến tại địa phương.",
                "word",
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><i>'
                '<span lang="VI" style="font-size:13.0pt">Tin, ảnh: Minh Tâm</span></i></b>'
                "<o:p></o:p></p>"
            ),
        ],
        opts={
            "time": "2026-10-24 07:50",
            "tags": ["phong-chay-chua-chay"],
            "thumb": "/assets/news/2026_10/dien-tap-pccc.jpg",
        },
    ),
    Story(
        id=224,
        slug="ra-mat-ban-dai-dien-cha-me-hoc-sinh-truong-nam-hoc-2026-2027",
        title="Ra mắt Ban đại diện cha mẹ học sinh trường năm học 2026 - 2027",
        cat=TIN,
        published_at="2026-10-07",
        summary=_A224_SAPO,
        sapo_outside=True,
        authors=["Phan Văn Dũng"],
        blocks=[
            Img(
                "/uploads/news/2026_10/ra-mat-ban-dai-dien-cmhs.jpg",
                "Ban đại diện cha mẹ học sinh nhiệm kỳ 2026 - 2027 ra mắt hội nghị",
                "Ban đại diện cha mẹ học sinh nhiệm kỳ 2026 - 2027 ra mắt hội nghị",
                "home-left",
            ),
            P(
                "Tham dự hội nghị có 48 đại biểu là trưởng, phó ban đại diện cha mẹ học sinh của "
                "24 lớp cùng Ban giám hiệu và giáo viên chủ nhiệm các lớp."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết hoạt động của Ban đại diện năm học 2025 - 2026, "
                "trong đó nổi bật là việc vận động xã hội hóa lắp đặt hệ thống quạt cho 8 phòng "
                "học, hỗ trợ tổ chức Hội khỏe Phù Đổng cấp trường và trao quà cho học sinh có hoàn "
                "cảnh khó khăn dịp Tết Nguyên đán."
            ),
            P(
                "Qua biểu quyết, hội nghị thống nhất bầu ông Nguyễn Hữu Tài, phụ huynh em Nguyễn "
                "Hữu Phước lớp 9/1, làm Trưởng ban; bà Lê Thị Thanh Thủy và ông Đặng Văn Hòa làm "
                "Phó Trưởng ban."
            ),
            P(
                "Phát biểu nhận nhiệm vụ, ông Nguyễn Hữu Tài cam kết Ban đại diện sẽ hoạt động "
                "đúng Điều lệ, phối hợp chặt chẽ với nhà trường, tuyệt đối không vận động các khoản "
                "thu trái quy định."
            ),
        ],
        opts={
            "time": "2026-10-07 00:00",
            "modified": "2026-11-02 15:20",
            "author_field": "Phan Văn Dũng",
            "nfd": True,
        },
    ),
    Story(
        id=247,
        slug="chuyen-de-day-hoc-doc-hieu-van-ban-thong-tin-mon-ngu-van-8",
        title="Chuyên đề “Dạy học đọc hiểu văn bản thông tin” môn Ngữ văn 8",
        cat=CM,
        published_at="2026-12-02T10:40:00+07:00",
        summary=_B247_SAPO,
        sapo_outside=True,
        authors=["Trần Thị Mỹ Hạnh"],
        photographers=["Minh Tâm"],
        blocks=[
            P("1. Lý do chọn chuyên đề", "h"),
            P(
                "Văn bản thông tin chiếm thời lượng đáng kể trong chương trình Ngữ văn 8, nhưng "
                "qua khảo sát đầu năm, nhiều học sinh còn lúng túng khi xác định thông tin cơ bản, "
                "thông tin chi tiết và cách trình bày thông tin của văn bản. Vì vậy, tổ chuyên môn "
                "lựa chọn chuyên đề này để cùng trao đổi, tháo gỡ."
            ),
            P("2. Tiết dạy minh họa", "h"),
            P(
                "Tiết dạy minh họa bài “Sơn Đoòng - thế giới chưa từng được biết đến” được thiết kế "
                "theo chuỗi hoạt động: khởi động bằng video ngắn về hang động, hình thành kiến thức "
                "qua phiếu học tập theo nhóm, luyện tập bằng sơ đồ tư duy và vận dụng bằng việc "
                "viết đoạn văn giới thiệu một danh thắng của Quảng Nam."
            ),
            Img(
                "/uploads/news/2026_12/chuyen-de-ngu-van-8-1.jpg",
                "Cô Mỹ Hạnh hướng dẫn học sinh lớp 8/2 thảo luận nhóm (Ảnh: Minh Tâm)",
                "Cô Mỹ Hạnh hướng dẫn học sinh lớp 8/2 thảo luận nhóm",
                "em",
            ),
            P(
                "Học sinh tham gia sôi nổi, nhiều nhóm đã trình bày sản phẩm bằng sơ đồ, "
                "infographic vẽ tay; một số em mạnh dạn liên hệ với Ngũ Hành Sơn, phố cổ Hội An và "
                "Khu đền tháp Mỹ Sơn."
            ),
            P("3. Thảo luận, rút kinh nghiệm", "h"),
            P(
                "Trong phần thảo luận, các thành viên trong tổ thống nhất: cần hướng dẫn học sinh "
                "đọc theo đặc trưng thể loại, chú ý nhan đề, sa pô, đề mục, các phương tiện phi "
                "ngôn ngữ; tăng cường cho học sinh đọc mở rộng các văn bản thông tin có tính thời "
                "sự ở địa phương."
            ),
            P(
                "Chuyên đề đã mang lại nhiều gợi ý thiết thực, giúp giáo viên trong tổ tự tin hơn "
                "khi thiết kế bài dạy đọc hiểu văn bản thông tin ở các khối lớp 6, 7, 8 và 9."
            ),
        ],
        opts={
            "time": "2026-12-02 10:40",
            "author_field": "Cô Trần Thị Mỹ Hạnh",
            "tags": ["sinh-hoat-chuyen-mon"],
            "related": [(238, True), (243, False)],
            "thumb": "/assets/news/2026_12/chuyen-de-ngu-van-8-1.jpg",
        },
    ),
    Story(
        id=243,
        slug="ket-qua-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Kết quả Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat=CM,
        published_at="2026-11-25T15:05:00+07:00",
        summary=_B243_SAPO,
        sapo_outside=True,
        authors=["Huỳnh Thị Kim Loan"],
        blocks=[
            Img("/uploads/news/2026_11/giao-vien-day-gioi.jpg", None, None, "home-nonote"),
            P(
                "Hội thi diễn ra từ ngày 20/10 đến ngày 18/11/2026 với sự tham gia của 15 giáo "
                "viên thuộc 4 tổ chuyên môn. Mỗi giáo viên dự thi trình bày một biện pháp nâng cao "
                "chất lượng giảng dạy và thực hiện hai tiết dạy, trong đó có một tiết dạy theo "
                "hình thức bốc thăm bài."
            ),
            P(
                "Ban giám khảo đánh giá các tiết dạy năm nay có nhiều đổi mới, giáo viên chú trọng "
                "tổ chức hoạt động học theo nhóm, khai thác tốt thiết bị dạy học và các phần mềm "
                "hỗ trợ như Azota, Quizizz, GeoGebra."
            ),
            P("Kết quả cụ thể các giáo viên đạt giải như sau:"),
            P("TT | Họ và tên | Môn | Xếp loại", "th"),
            P("1 | Trần Thị Mỹ Hạnh | Ngữ văn | Giỏi - Giải Nhất", "tr"),
            P("2 | Võ Thị Ngọc Ánh | Toán | Giỏi - Giải Nhì", "tr"),
            P("3 | Nguyễn Đức Trí | Khoa học tự nhiên | Giỏi - Giải Nhì", "tr"),
            P("4 | Lê Thị Kiều Oanh | Tiếng Anh | Giỏi - Giải Ba", "tr"),
            P(
                "Tám giáo viên còn lại được công nhận giáo viên dạy giỏi cấp trường. Nhà trường sẽ "
                "chọn 4 giáo viên có kết quả cao nhất tham gia Hội thi giáo viên dạy giỏi cấp thị "
                "xã tổ chức vào tháng 3/2027."
            ),
        ],
        opts={
            "time": "2026-11-25 15:05",
            "author_field": "ThS. Huỳnh Thị Kim Loan - PHT",
            "tags": ["sinh-hoat-chuyen-mon"],
        },
    ),
    Story(
        id=238,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-toan-tin",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Toán - Tin: bài “Hình thang cân”",
        cat=CM,
        published_at="2026-11-17T09:00:00+07:00",
        summary=_B238_SAPO,
        sapo_outside=True,
        authors=["Tổ Toán - Tin"],
        blocks=[
            P(
                "Bài học được cả tổ cùng thiết kế từ hai tuần trước đó. Trong tiết dạy, các thành "
                "viên trong tổ không tập trung đánh giá giáo viên mà quan sát việc học của học "
                "sinh: em nào tích cực, em nào gặp khó khăn, nguyên nhân vì sao."
            ),
            Img(
                "/uploads/news/2026_11/sinh-hoat-to-toan-1.jpg",
                "Học sinh lớp 8/4 dùng giấy kẻ ô để phát hiện tính chất của hình thang cân",
                "Học sinh lớp 8/4 dùng giấy kẻ ô để phát hiện tính chất của hình thang cân",
                "fig",
            ),
            P("Sau tiết dạy, tổ đã thảo luận và thống nhất một số điều chỉnh:"),
            P(
                "Giảm bớt phần thuyết trình của giáo viên, dành thời gian để học sinh tự đo đạc, "
                "gấp giấy và phát biểu tính chất;",
                "mso-li",
            ),
            P("Chuẩn bị thêm phiếu hỗ trợ cho nhóm học sinh còn chậm;", "mso-li"),
            P(
                "Thay bài tập vận dụng bằng tình huống đo chiều cao mái nhà có mặt cắt hình thang "
                "cân.",
                "mso-li",
            ),
            P(
                "Tổ trưởng Võ Thị Ngọc Ánh cho biết, sau ba năm triển khai, sinh hoạt chuyên môn "
                "theo nghiên cứu bài học đã giúp giáo viên trong tổ cởi mở hơn khi dự giờ, góp ý và "
                "quan tâm nhiều hơn đến từng học sinh trong lớp."
            ),
        ],
        opts={
            "time": "2026-11-17 09:00",
            "author_field": "Tổ Toán - Tin",
            "old_slug": "sinh-hoat-chuyen-mon-to-toan-tin",
            "tags": ["sinh-hoat-chuyen-mon"],
            "thumb": "/assets/news/2026_11/sinh-hoat-to-toan-1.jpg",
        },
    ),
    Story(
        id=233,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-soan-giang-cho-giao-vien",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong soạn giảng cho giáo viên",
        cat=CM,
        published_at="2026-11-05T16:30:00+07:00",
        summary=_B233_SAPO,
        sapo_outside=True,
        authors=["Võ Thị Ngọc Ánh"],
        blocks=[
            P(
                "Báo cáo viên của buổi tập huấn là cô Võ Thị Ngọc Ánh, tổ trưởng tổ Toán - Tin, "
                "cùng thầy Nguyễn Đức Trí, giáo viên Khoa học tự nhiên, những giáo viên đã tham gia "
                "lớp bồi dưỡng về chuyển đổi số do Sở GD&ĐT tổ chức."
            ),
            P(
                "Nội dung tập huấn gồm ba phần: giới thiệu một số công cụ trí tuệ nhân tạo phổ "
                "biến và nguyên tắc sử dụng an toàn; thực hành xây dựng ý tưởng hoạt động học, "
                "ngân hàng câu hỏi trắc nghiệm; cách kiểm chứng thông tin do công cụ tạo ra trước "
                "khi đưa vào bài dạy."
            ),
            Img(
                "/uploads/news/2026_11/tap-huan-ai-1.jpg",
                "Giáo viên thực hành theo nhóm bộ môn",
                "Giáo viên thực hành theo nhóm bộ môn",
                "em",
            ),
            P(
                "Các báo cáo viên lưu ý, trí tuệ nhân tạo chỉ là công cụ hỗ trợ; giáo viên phải "
                "chịu trách nhiệm về nội dung bài dạy, tuyệt đối không đưa thông tin cá nhân của "
                "học sinh lên các nền tảng không rõ nguồn gốc."
            ),
            P(
                "Kết thúc buổi tập huấn, mỗi tổ chuyên môn đăng ký ít nhất hai bài dạy có ứng dụng "
                "công cụ trí tuệ nhân tạo để dự giờ, rút kinh nghiệm trong tháng 12."
            ),
        ],
        opts={
            "time": "2026-11-05 16:30",
            "author_field": "Võ Thị Ngọc Ánh",
            "tags": ["chuyen-doi-so"],
            "files": [("Tai-lieu-tap-huan-AI-trong-day-hoc.pdf", "1,2 MB")],
            "thumb": "/assets/news/2026_11/tap-huan-ai-1.jpg",
        },
    ),
    Story(
        id=226,
        slug="khai-giang-cac-lop-boi-duong-hoc-sinh-gioi-lop-9-nam-hoc-2026-2027",
        title="Khai giảng các lớp bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
        cat=CM,
        published_at="2026-10-15T08:20:00+07:00",
        summary=_B226_LEAD,
        authors=["Nguyễn Thị Thu Hà", "Phan Văn Dũng"],
        blocks=[
            P(_B226_LEAD, "lead"),
            P(
                "Các lớp bồi dưỡng gồm các môn: Ngữ văn, Toán, Tiếng Anh, Khoa học tự nhiên (Vật "
                "lí, Hóa học, Sinh học), Lịch sử và Địa lí, Tin học và Giáo dục công dân với tổng "
                "số 86 học sinh được tuyển chọn qua hai vòng khảo sát."
            ),
            P(
                "Mỗi lớp học 2 buổi mỗi tuần vào chiều thứ Ba và sáng thứ Bảy, do các giáo viên có "
                "kinh nghiệm, nhiều năm có học sinh đạt giải cấp thị xã, cấp tỉnh phụ trách."
            ),
            P(
                "Phát biểu khai giảng, thầy Phạm Ngọc Thạch đề nghị học sinh phát huy tinh thần tự "
                "học, chủ động trao đổi với thầy cô; đồng thời mong phụ huynh quan tâm, tạo điều "
                "kiện về thời gian để các em tham gia đầy đủ."
            ),
            P(
                "Năm học 2025 - 2026, đội tuyển học sinh giỏi của trường đạt 31 giải cấp thị xã, "
                "xếp thứ 3 toàn thị xã."
            ),
        ],
        opts={"time": "2026-10-15 08:20", "author_field": "Nguyễn Thị Thu Hà, Phan Văn Dũng"},
    ),
    Story(
        id=246,
        slug="lien-doi-ra-quan-thu-gom-giay-vun-ke-hoach-nho-gay-quy-giup-ban-ngheo",
        title="Liên đội ra quân thu gom giấy vụn “Kế hoạch nhỏ”, gây quỹ giúp bạn nghèo",
        cat=DOI,
        published_at="2026-11-30T19:45:00+07:00",
        summary=_C246_SAPO,
        sapo_outside=True,
        authors=["Lê Văn Phúc"],
        blocks=[
            Img(
                "/uploads/news/2026_11/ke-hoach-nho-1.jpg",
                "Đội viên khối 6 mang giấy vụn đến điểm tập kết",
                "Đội viên khối 6 mang giấy vụn đến điểm tập kết",
                "home-full",
            ),
            P(
                "Từ sớm, các chi đội đã tập trung tại sân trường với những bao giấy, thùng các-tông, "
                "sách báo cũ được các em tiết kiệm, thu gom từ gia đình, hàng xóm trong nhiều tuần."
            ),
            P(
                "Kết quả, Liên đội đã thu được hơn 2,3 tấn giấy vụn và gần 400 kg vỏ lon, chai "
                "nhựa. Chi đội 7/3 dẫn đầu với 186 kg, tiếp theo là chi đội 9/2 và 6/5."
            ),
            Img(
                "/uploads/news/2026_11/ke-hoach-nho-2.jpg",
                "Ban chỉ huy Liên đội cân, ghi nhận kết quả của các chi đội",
                "Ban chỉ huy Liên đội cân, ghi nhận kết quả của các chi đội",
                "em",
            ),
            P(
                "Toàn bộ số tiền bán phế liệu, hơn 9 triệu đồng, sẽ được Liên đội dùng để mua áo ấm "
                "và quà Tết tặng học sinh có hoàn cảnh khó khăn của trường và của một trường bạn ở "
                "huyện miền núi Tây Giang."
            ),
            P(
                "Phong trào “Kế hoạch nhỏ” không chỉ góp phần giáo dục ý thức tiết kiệm, bảo vệ môi "
                "trường mà còn bồi đắp tinh thần sẻ chia, “lá lành đùm lá rách” trong mỗi đội viên."
            ),
            Raw('<p style="text-align: right;"><em>Lê Văn Phúc - TPT Đội</em></p>'),
        ],
        opts={
            "time": "2026-11-30 19:45",
            "author_field": "Thầy Lê Văn Phúc - TPT Đội",
            "tags": ["doi-tntp-ho-chi-minh"],
            "related": [(245, False)],
        },
    ),
    Story(
        id=231,
        slug="soi-noi-hoi-thi-nghi-thuc-doi-va-mua-hat-san-truong-nam-2026",
        title="Sôi nổi Hội thi “Nghi thức Đội và múa hát sân trường” năm 2026",
        cat=DOI,
        published_at="2026-10-30T14:15:00+07:00",
        summary=_C231_SAPO,
        sapo_outside=True,
        authors=["Lê Văn Phúc"],
        photographers=["Nguyễn Minh Tâm"],
        blocks=[
            P(
                "Hội thi gồm hai phần: thi nghi thức với các nội dung chào cờ, báo cáo, đội hình "
                "đội ngũ, đánh trống và thi múa hát tập thể với các bài hát về thầy cô, mái trường "
                "và quê hương Quảng Nam."
            ),
            Img(
                "/uploads/news/2026_10/hoi-thi-nghi-thuc-1.jpg",
                "Chi đội 6/2 trong phần thi nghi thức",
                "Chi đội 6/2 trong phần thi nghi thức",
                "fig",
            ),
            P(
                "Các chi đội đã có sự chuẩn bị công phu từ trang phục, động tác đến đội hình biểu "
                "diễn. Nhiều chi đội khối 6 tuy lần đầu tham gia nhưng thể hiện sự tự tin, đều đẹp, "
                "nhận được sự cổ vũ nhiệt tình của các bạn."
            ),
            Img(
                "/uploads/news/2026_10/hoi-thi-nghi-thuc-2.jpg",
                "Tiết mục múa hát “Bụi phấn” của chi đội 9/1",
                "Tiết mục múa hát “Bụi phấn” của chi đội 9/1",
                "fig",
            ),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đội 9/1, giải Nhì cho chi đội 8/3 và "
                "6/2, giải Ba cho các chi đội 7/1, 7/4 và 8/5."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Lê Văn Phúc - Ảnh: Nguyễn Minh Tâm'
                "</strong></p>"
            ),
        ],
        opts={
            "time": "2026-10-30 14:15",
            "tags": ["doi-tntp-ho-chi-minh", "ngay-nha-giao-viet-nam"],
            "thumb": "/assets/news/2026_10/hoi-thi-nghi-thuc-1.jpg",
        },
    ),
]

BY_ID = {s.id: s for s in STORIES}


# --- dates, paths, text ---------------------------------------------------------------------


def _local(story: Story, key: str = "time") -> _dt.datetime:
    return _dt.datetime.strptime(story.opts[key], "%Y-%m-%d %H:%M")


def _detail_date(when: _dt.datetime) -> str:
    """NukeViet's detail line: nv_date('l - d/m/Y H:i')."""
    return f"{_WEEKDAYS[when.weekday()]} - {when:%d/%m/%Y %H:%M}"


def _list_date(when: _dt.datetime) -> str:
    """The listings' nv_date('d/m/Y h:i:s A')."""
    hour = when.hour % 12 or 12
    return f"{when:%d/%m/%Y} {hour:02d}:{when:%M}:00 {'AM' if when.hour < 12 else 'PM'}"


def _iso(when: _dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def art_path(story: Story, cat: str | None = None, tool: str | None = None) -> str:
    c = cat or story.cat
    prefix = f"/news/{tool}/{c}/" if tool else f"/news/{c}/"
    return f"{prefix}{story.slug}-{story.id}.html"


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _home_img(story: Story) -> Img | None:
    return next((b for b in story.blocks if isinstance(b, Img) and b.style.startswith("home")), None)


def _thumb(story: Story) -> str:
    if "thumb" in story.opts:
        return story.opts["thumb"]
    home = _home_img(story)
    if home:
        return home.src.replace("/uploads/", "/assets/", 1)
    return f"{THEME}/images/no_image.gif"


def cat_items(cat: str) -> list[Story]:
    items = [s for s in STORIES if s.cat == cat or cat in s.opts.get("also", [])]
    return sorted(items, key=lambda s: s.opts["time"], reverse=True)


def _pages(cat: str) -> int:
    return max(1, -(-len(cat_items(cat)) // PER_PAGE))


# --- the text of an article -------------------------------------------------------------------

LAZY_GIF = f"{THEME}/images/blank.gif"
_WORD_SPAN = (
    '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman'
    '&quot;,serif">'
)


def _img_tag(img: Img, lazy: bool) -> str:
    if lazy:
        return (
            f'<img alt="" class="lazy" src="{LAZY_GIF}" data-src="{esc(img.src)}" '
            'style="width: 100%; max-width: 800px;" />'
        )
    return f'<img alt="" src="{esc(img.src)}" style="width: 100%; max-width: 800px;" />'


def _render_img(story: Story, img: Img, lazy: bool) -> str:
    tag = _img_tag(img, lazy)
    line = _t(story, img.printed or "")
    if img.style == "fig":
        return (
            '<div style="text-align:center"><figure class="image" style="display:inline-block">'
            f"{tag}<figcaption>{line}</figcaption></figure></div>"
        )
    if img.style == "credit":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    if img.style == "word":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center"><span lang="VI">{tag}'
            "<o:p></o:p></span></p>\n"
            '<p class="MsoNormal" align="center" style="text-align:center"><i>'
            f'<span lang="VI" style="font-size:12.0pt">{line}</span></i><o:p></o:p></p>'
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        out += f'\n<p style="text-align: center;"><em>{line}</em></p>'
    return out


def _render_p(story: Story, para: P) -> str:
    body = _t(story, para.text)
    if para.style == "h":
        return f'<h4 style="text-align: justify;"><strong>{body}</strong></h4>'
    if para.style == "lead":
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if para.style == "quote":
        return f'<blockquote>\n<p style="text-align: justify;"><em>{body}</em></p>\n</blockquote>'
    if para.style == "word":
        return (
            '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:150%">{_WORD_SPAN}{body}<o:p></o:p></span></p>'
        )
    if para.style == "mso-li":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-align:justify;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            '<span style="font-family:Symbol;mso-fareast-font-family:Symbol">'
            '<span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f'{_WORD_SPAN}{body}<o:p></o:p></span></p>'
        )
    return f'<p style="text-align: justify;">{body}</p>'


def render_body(story: Story, lazy: bool = True) -> str:
    blocks = [b for b in story.blocks if not (isinstance(b, Img) and b.style.startswith("home"))]
    out: list[str] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, Raw):
            out.append(block.html)
            i += 1
        elif isinstance(block, Img):
            out.append(_render_img(story, block, lazy))
            i += 1
        elif block.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append('<ul style="list-style-type: circle;">\n' + "\n".join(items) + "\n</ul>")
        elif block.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = []
                for cell in row.text.split(" | "):
                    inner = _t(story, cell)
                    if row.style == "th":
                        inner = f"<strong>{inner}</strong>"
                    cells.append(f'<td style="text-align: center; vertical-align: middle;">{inner}</td>')
                rows.append("<tr>" + "".join(cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                'border-collapse:collapse"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
            )
        elif block.style == "br+":
            parts = [block.text]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P):
                parts.append(blocks[i].text)
                i += 1
                if blocks[i - 1].style != "br+":
                    break
            inner = "<br />\n".join(_t(story, p) for p in parts)
            out.append(f'<p style="text-align: justify;">{inner}</p>')
        else:
            out.append(_render_p(story, block))
            i += 1
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------

ALBUMS = {
    12: ("le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027", "05/09/2026"),
    15: ("hoi-khoe-phu-dong-cap-truong-nam-2026", "Hội khỏe Phù Đổng cấp trường năm 2026", "17/10/2026"),
}
DOCS = {
    21: (
        "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "215/KH-THCSNVT",
        "20/09/2026",
    ),
    27: (
        "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        "298/TB-THCSNVT",
        "01/12/2026",
    ),
}
INTRO_PATH = "/about/gioi-thieu-chung.html"
MOST_READ = [248, 240, 247, 246, 243]


def album_path(aid: int) -> str:
    return f"/album/{ALBUMS[aid][0]}-{aid}/"


def doc_path(did: int) -> str:
    return f"/tai-nguyen/{DOCS[did][0]}-{did}.html"


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/news/{alias}/" title="{esc(name)}">{esc(name)}</a></li>'
        for alias, name in CATS.items()
    )
    return f"""<nav class="second-nav" id="menusite">
 <div class="container"><div class="row"><div class="bg box-shadow">
 <ul class="nav navbar-nav">
  <li><a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em><span class="visible-xs-inline-block"> Trang nhất</span></a></li>
  <li class="dropdown" role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" href="{INTRO_PATH}" title="Giới thiệu">Giới thiệu <strong class="caret">&nbsp;</strong></a>
   <ul class="dropdown-menu"><li><a href="{INTRO_PATH}" title="Giới thiệu chung">Giới thiệu chung</a></li><li><a href="/contact/" title="Liên hệ">Thông tin liên hệ</a></li></ul></li>
  <li class="dropdown" role="presentation"><a class="dropdown-toggle" role="button" aria-expanded="false" href="/news/" title="Tin tức">Tin tức <strong class="caret">&nbsp;</strong></a>
   <ul class="dropdown-menu">{cats}</ul></li>
  <li><a href="/thoi-khoa-bieu/" title="Thời khóa biểu">Thời khóa biểu</a></li>
  <li><a href="/album/" title="Thư viện ảnh">Thư viện ảnh</a></li>
  <li><a href="/tai-nguyen/" title="Tài nguyên">Tài nguyên</a></li>
  <li><a href="/contact/" title="Liên hệ">Liên hệ</a></li>
 </ul>
 <div class="headerSearch"><form action="/seek/" method="get"><input type="text" class="form-control" maxlength="60" name="q" placeholder="Tìm kiếm..."><button type="submit" class="btn btn-info"><em class="fa fa-search fa-lg"></em></button></form></div>
 </div></div></div>
</nav>"""


def _header() -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["time"], reverse=True)[:3]
    ticker = " &nbsp;&bull;&nbsp; ".join(
        f'<a href="{art_path(s)}" title="{esc(s.title)}">{_t(s, s.title)}</a>' for s in latest
    )
    return f"""<div class="top-bar-qn">
 <div class="container">
  <div class="tb-ngay"><em class="fa fa-calendar">&nbsp;</em>{HEADER_TODAY}</div>
  <div class="tb-tinmoi"><span class="lbl">Tin mới:</span> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div>
  <div class="tb-lienhe"><em class="fa fa-phone">&nbsp;</em>0235.3867.125 &nbsp;|&nbsp; <a href="https://mail.quangnam.edu.vn" rel="nofollow">Hộp thư công vụ</a></div>
 </div>
</div>
<header>
 <div class="container"><div id="header" class="row">
  <div class="logo col-xs-24 col-sm-24 col-md-4"><a title="{SITE_NAME}" href="/"><img src="/uploads/logo-truong.png" width="110" height="110" alt="{SITE_NAME}" /></a></div>
  <div class="ten-don-vi col-xs-24 col-sm-24 col-md-20">
   <h2 class="dv-chuquan">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ ĐIỆN BÀN</h2>
   <h1 class="dv-ten">TRƯỜNG THCS NGUYỄN VĂN TRỖI</h1>
   <p class="dv-khauhieu">Kỷ cương - Tình thương - Trách nhiệm</p>
  </div>
 </div></div>
</header>
{_menu()}"""


def _breadcrumbs(crumbs: list[tuple[str, str]]) -> str:
    items = [("Trang nhất", "/"), *crumbs]
    lis = "".join(
        f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
        f'<a href="{href}" itemprop="item" title="{esc(label)}"><span itemprop="name">{esc(label)}'
        f'</span></a><i class="hidden" itemprop="position" content="{n}"></i></li>'
        for n, (label, href) in enumerate(items, 1)
    )
    return f"""<div class="breadcrumbs-wrap">
 <div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
  <ul class="breadcrumbs list-none"></ul>
 </div>
 <ul class="subs-breadcrumbs"></ul>
 <ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ul>
</div>"""


def _panel(heading: str, inner: str, extra: str = "") -> str:
    return (
        f'<div class="panel panel-primary {extra}"><div class="panel-heading">{heading}</div>'
        f'<div class="panel-body">{inner}</div></div>'
    )


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{doc_path(d)}" title="{esc(v[1])}">{esc(v[1])}</a></li>' for d, v in DOCS.items()
    )
    most = "".join(
        f'<li class="clearfix"><a href="{art_path(BY_ID[i])}" title="{esc(BY_ID[i].title)}">'
        f'<img src="{_thumb(BY_ID[i])}" alt="{esc(BY_ID[i].title)}" width="70" class="img-thumbnail pull-left mr-1" />'
        f"{_t(BY_ID[i], BY_ID[i].title)}</a> <span class=\"text-muted\">({BY_ID[i].views()} lượt xem)</span></li>"
        for i in MOST_READ
    )
    albums = "".join(
        f'<div class="col-xs-12"><a href="{album_path(a)}" title="{esc(v[1])}">'
        f'<img src="/uploads/album/2026/{v[0]}/thumb/01.jpg" alt="{esc(v[1])}" class="img-thumbnail" />'
        f'<span class="ten-album">{esc(v[1])}</span></a></div>'
        for a, v in ALBUMS.items()
    )
    return (
        _panel(
            '<em class="fa fa-bullhorn">&nbsp;</em>Thông báo',
            f'<marquee direction="up" scrollamount="2" height="90" onmouseover="this.stop()" onmouseout="this.start()"><ul class="tb-list">{notices}</ul></marquee>',
        )
        + _panel("Tin xem nhiều", f'<ul class="block-news list-none">{most}</ul>')
        + _panel("Thư viện ảnh", f'<div class="row album-block">{albums}</div>'
                 '<div class="text-right"><a href="/album/">Xem tất cả album &raquo;</a></div>')
        + _panel(
            "Liên kết website",
            '<select class="form-control" onchange="if(this.value!=\'\'){window.open(this.value);}">'
            '<option value="">-- Chọn liên kết --</option>'
            '<option value="https://quangnam.edu.vn">Sở GD&amp;ĐT Quảng Nam</option>'
            '<option value="https://pgddienban.quangnam.edu.vn">Phòng GD&amp;ĐT thị xã Điện Bàn</option>'
            '<option value="https://dienban.quangnam.gov.vn">Cổng TTĐT thị xã Điện Bàn</option>'
            '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
            '<option value="https://csdl.quangnam.edu.vn">Cơ sở dữ liệu ngành</option></select>',
        )
        + _panel(
            "Thăm dò ý kiến",
            '<form action="/voting/" method="post" onsubmit="return false;"><p><strong>Bạn quan tâm '
            "nội dung nào nhất trên website của trường?</strong></p>"
            '<div class="radio"><label><input type="radio" name="option" value="1"> Tin tức, sự kiện</label></div>'
            '<div class="radio"><label><input type="radio" name="option" value="2"> Thời khóa biểu</label></div>'
            '<div class="radio"><label><input type="radio" name="option" value="3"> Văn bản, tài nguyên</label></div>'
            '<input type="button" class="btn btn-success btn-sm" value="Bình chọn"> '
            '<input type="button" class="btn btn-primary btn-sm" value="Kết quả"></form>',
        )
        + _panel(
            "Thống kê truy cập",
            '<ul class="counter list-none display-table">'
            '<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>23</span></li>'
            '<li><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay<span>412</span></li>'
            '<li><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại<span>2.318</span></li>'
            '<li><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập<span>1.286.904</span></li></ul>',
        )
    )


def _footer() -> str:
    return f"""<footer id="footer">
 <div class="container"><div class="row">
  <div class="col-xs-24 col-sm-24 col-md-16">
   <p class="ft-ten"><strong>{SITE_NAME.upper()}</strong></p>
   <p>Địa chỉ: Khối phố 3, phường Điện Nam Bắc, thị xã Điện Bàn, tỉnh Quảng Nam</p>
   <p>Điện thoại: 0235.3867.125 - Email: thcsnguyenvantroi.dienban@quangnam.edu.vn</p>
   <p>Chịu trách nhiệm nội dung: Thầy Phạm Ngọc Thạch - Hiệu trưởng</p>
  </div>
  <div class="col-xs-24 col-sm-24 col-md-8 text-right">
   <p>&copy; Bản quyền thuộc về {SITE_NAME}</p>
   <p>Thiết kế bởi Sở GD&amp;ĐT Quảng Nam trên nền <a href="https://nukeviet.vn" rel="nofollow" target="_blank">NukeViet CMS</a></p>
   <a class="bttop" href="javascript:void(0)" onclick="$('html,body').animate({{scrollTop:0}},'slow')"><em class="fa fa-chevron-up"></em></a>
  </div>
 </div></div>
</footer>"""


def layout(
    request: Request,
    *,
    title: str,
    main: str,
    crumbs: list[tuple[str, str]] | None = None,
    module: str = "news",
    func: str = "main",
    head: str = "",
    description: str = "",
    slider: bool = False,
) -> str:
    slides = ""
    if slider:
        slides = (
            '<div id="slider-top" class="carousel slide" data-ride="carousel"><div class="carousel-inner">'
            + "".join(
                f'<div class="item{" active" if n == 1 else ""}"><img src="/uploads/slider/anh-truong-{n}.jpg" '
                f'alt="Ảnh trường {n}" /></div>'
                for n in (1, 2, 3)
            )
            + "</div></div>"
        )
    crumb_html = _breadcrumbs(crumbs) if crumbs is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or title)}" />
<meta name="author" content="{SITE_NAME}" />
<meta name="copyright" content="{SITE_NAME} [thcsnguyenvantroi.dienban@quangnam.edu.vn]" />
<meta name="generator" content="NukeViet v4.5" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta property="og:site_name" content="{SITE_NAME}" />
{head}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="/news/rss/" title="Tin tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1731390000">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1731390000">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css?t=1731390000">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1731390000">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1731390000">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{module}",nv_func_name="{func}",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Q7x2m",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1731390000"></script>
<script src="/assets/js/language/vi.js?t=1731390000"></script>
<script src="/assets/js/global.js?t=1731390000"></script>
<script src="{THEME}/js/main.js?t=1731390000"></script>
<script src="{THEME}/js/jquery.lazy.min.js?t=1731390000"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br />Website chỉ làm việc khi bạn bật nó trở lại.<br />Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div></noscript>
<div class="body-bg"><div class="wraper">
{_header()}
<section>
 <div class="container" id="body">
  {slides}
  {crumb_html}
  <div class="row">
   <div class="col-sm-16 col-md-17">
{main}
   </div>
   <div class="col-sm-8 col-md-7">
{_sidebar()}
   </div>
  </div>
 </div>
</section>
{_footer()}
</div></div>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v18.0"></script>
<script>$(function(){{$('img.lazy').Lazy();}});</script>
</body>
</html>"""


# --- news pages -------------------------------------------------------------------------------


def _two_column(request: Request) -> str:
    blocks = []
    for alias, name in CATS.items():
        items = cat_items(alias)[:HOME_PER_CAT]
        top, rest = items[0], items[1:]
        # the column builds every link with its own category's alias (multi-category items too)
        others = "".join(
            f'<li class="icon_list"><a class="show" href="{art_path(s, alias)}" title="{esc(s.title)}">'
            f"{_t(s, s.title)}</a></li>"
            for s in rest
        )
        hometext = _t(top, top.summary) if top.sapo_outside and top.summary else ""
        blocks.append(f"""<div class="col-md-12">
 <div class="panel panel-default clearfix">
  <div class="panel-heading"><h4 class="panel-title"><a title="{esc(name)}" href="/news/{alias}/"><span>{esc(name)}</span></a></h4></div>
  <div class="panel-body">
   <a href="{art_path(top, alias)}" title="{esc(top.title)}"><img src="{_thumb(top)}" alt="{esc(top.title)}" width="100" class="img-thumbnail pull-left imghome" /></a>
   <h3><a href="{art_path(top, alias)}" title="{esc(top.title)}">{_t(top, top.title)}</a></h3>
   <div class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> {_list_date(_local(top))}</div>
   <p>{hometext}</p>
   <ul class="related">{others}</ul>
  </div>
 </div>
</div>""")
    return '<div class="news_column two_column"><div class="row">' + "".join(blocks) + "</div></div>"


def _home_extra() -> str:
    return """<div class="panel panel-default tkb-nhanh"><div class="panel-body">
 <a href="/thoi-khoa-bieu/" title="Thời khóa biểu"><em class="fa fa-table fa-lg">&nbsp;</em><strong>Thời khóa biểu học kỳ I</strong> - áp dụng từ ngày 16/11/2026</a>
</div></div>"""


def home_page(request: Request) -> Response:
    main = _home_extra() + _two_column(request)
    body = layout(
        request,
        title=f"{SITE_NAME} - thị xã Điện Bàn",
        main=main,
        slider=request.path == "/",
        crumbs=None if request.path == "/" else [("Tin tức", "/news/")],
        description=f"Cổng thông tin điện tử {SITE_NAME}, thị xã Điện Bàn, tỉnh Quảng Nam",
    )
    return html(body)


def _list_item(s: Story) -> str:
    when = _local(s)
    hometext = f"<p>{_t(s, s.summary)}</p>" if s.sapo_outside and s.summary else ""
    return f"""<div class="panel panel-default">
 <div class="panel-body">
  <a href="{art_path(s)}" title="{esc(s.title)}"><img alt="{esc(s.title)}" src="{_thumb(s)}" width="183" class="img-thumbnail pull-left imghome" /></a>
  <h3><a href="{art_path(s)}" title="{esc(s.title)}">{_t(s, s.title)}</a></h3>
  <div class="text-muted"><ul class="list-unstyled list-inline">
   <li><em class="fa fa-clock-o">&nbsp;</em> {_list_date(when)}</li>
   <li><em class="fa fa-eye">&nbsp;</em> Lượt xem: {s.views()}</li>
  </ul></div>
  {hometext}
 </div>
</div>"""


def _pagination(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def href(n: int) -> str:
        return base if n == 1 else f"{base}page-{n}/"

    lis = []
    if page > 1:
        lis.append(f'<li><a rel="prev" title="Trang trước" href="{href(page - 1)}">&laquo;</a></li>')
    else:
        lis.append('<li class="disabled"><span>&laquo;</span></li>')
    for n in range(1, pages + 1):
        if n == page:
            lis.append(f'<li class="active"><a href="#">{n}</a></li>')
        else:
            lis.append(f'<li><a href="{href(n)}">{n}</a></li>')
    if page < pages:
        lis.append(f'<li><a rel="next" title="Trang sau" href="{href(page + 1)}">&raquo;</a></li>')
    else:
        lis.append('<li class="disabled"><span>&raquo;</span></li>')
    return '<div class="text-center"><ul class="pagination">' + "".join(lis) + "</ul></div>"


def cat_page(request: Request, alias: str, page: int) -> Response | None:
    pages = _pages(alias)
    if page < 1 or page > pages:
        return None
    items = cat_items(alias)[(page - 1) * PER_PAGE : page * PER_PAGE]
    name = CATS[alias]
    main = (
        f'<div class="news_column"><h2 class="cat-tieude"><span>{esc(name)}</span></h2>'
        + "".join(_list_item(s) for s in items)
        + _pagination(f"/news/{alias}/", page, pages)
        + "</div>"
    )
    title = name + (f" - Trang {page}" if page > 1 else "") + f" - {SITE_NAME}"
    crumbs = [("Tin tức", "/news/"), (name, f"/news/{alias}/")]
    return html(layout(request, title=title, main=main, crumbs=crumbs, func="viewcat"))


def tag_page(request: Request, tag: str) -> Response | None:
    if tag not in TAGS:
        return None
    items = [s for s in sorted(STORIES, key=lambda s: s.opts["time"], reverse=True) if tag in s.opts.get("tags", [])]
    main = (
        f'<div class="news_column"><h2 class="cat-tieude"><span>Từ khóa: {esc(TAGS[tag])}</span></h2>'
        + "".join(_list_item(s) for s in items)
        + "</div>"
    )
    crumbs = [("Tin tức", "/news/"), (f"Từ khóa: {TAGS[tag]}", f"/news/tag/{tag}")]
    return html(layout(request, title=f"{TAGS[tag]} - {SITE_NAME}", main=main, crumbs=crumbs, func="tag"))


def rss(request: Request) -> Response:
    base = base_url(request)
    items = sorted(STORIES, key=lambda s: s.opts["time"], reverse=True)[:5]
    entries = "".join(
        f"<item><title>{esc(unicodedata.normalize('NFC', s.title))}</title><link>{base}{art_path(s)}</link>"
        f"<guid isPermaLink=\"false\">news_{s.id}</guid>"
        f"<pubDate>{_local(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
        for s in items
    )
    xml = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Tin tức - {SITE_NAME}</title><link>{base}/news/</link>"
        f"<description>Tin tức</description>{entries}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=utf-8"})


def _author_block(s: Story) -> str:
    lines = []
    if s.opts.get("author_field"):
        lines.append(f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(s.opts["author_field"])}</p>')
    if s.opts.get("source_field"):
        label, link = s.opts["source_field"]
        value = f'<a title="{esc(label)}" href="{esc(link)}" rel="nofollow" target="_blank">{esc(label)}</a>' if link else esc(label)
        lines.append(f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{value}</p>')
    return f'<div class="margin-bottom-lg">{"".join(lines)}</div>' if lines else ""


def _files_block(request: Request, s: Story) -> str:
    files = s.opts.get("files")
    if not files:
        return ""
    rows = []
    for n, (fname, size) in enumerate(files):
        dl = f"{art_path(s)}?download=1&amp;id={n}"
        absolute = quote(f"{base_url(request)}{art_path(s)}?download=1&id={n}", safe="")
        rows.append(
            f'<div class="list-group-item"><span class="badge">{size}</span>'
            f'<a href="{dl}" title="{esc(fname)}"><em class="fa fa-file-pdf-o">&nbsp;</em>{esc(fname)}</a> '
            f'<a href="javascript:void(0)" data-toggle="collapse" data-target="#file-preview-{n}" class="btn btn-xs btn-default">Xem trước</a>'
            f'<div id="file-preview-{n}" class="collapse"><iframe src="https://docs.google.com/viewer?embedded=true&amp;url={absolute}" '
            'width="100%" height="600" style="border:none"></iframe></div></div>'
        )
    return (
        '<div class="news-download-file margin-bottom-lg"><div class="h3 margin-bottom"><em class="fa fa-download">&nbsp;</em>'
        f'<strong>Tệp đính kèm</strong></div><div class="list-group">{"".join(rows)}</div></div>'
    )


def _related(s: Story, cat: str) -> str:
    parts = []
    rel = s.opts.get("related", [])
    if rel:
        lis = []
        for rid, old in rel:
            r = BY_ID[rid]
            href = f"/news/{r.cat}/{r.opts['old_slug']}-{r.id}.html" if old else art_path(r)
            lis.append(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{href}" title="{esc(r.title)}">'
                f"{_t(r, r.title)}</a> <em>({_local(r):%d/%m/%Y})</em></li>"
            )
        parts.append(
            '<p class="h3"><strong>Tin liên quan</strong></p><div class="clearfix">'
            f'<ul class="detail-related related list-none list-items">{"".join(lis)}</ul></div>'
        )
    same = [x for x in cat_items(cat)[:PER_PAGE] if x.id != s.id][:3]
    if same:
        lis = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{art_path(x)}" title="{esc(x.title)}">'
            f"{_t(x, x.title)}</a> <em>({_local(x):%d/%m/%Y})</em></li>"
            for x in same
        )
        parts.append(
            '<p class="h3"><strong>Tin cùng chuyên mục</strong></p><div class="clearfix">'
            f'<ul class="related list-none list-items">{lis}</ul></div>'
        )
    if not parts:
        return ""
    return f'<div class="news_column panel panel-default"><div class="panel-body other-news">{"".join(parts)}</div></div>'


def _home_figure(s: Story, where: str) -> str:
    img = _home_img(s)
    if img is None:
        return ""
    alt = esc(img.printed or s.title)
    if where == "before" and img.style == "home-left":
        return (
            '<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            f'<div id="imgpreview" style="width:220px;"><img alt="{alt}" src="{esc(img.src)}" class="img-thumbnail" /></div>'
            f"<figcaption>{_t(s, img.printed or '')}</figcaption></figure>"
        )
    if where == "before" and img.style == "home-nonote":
        return (
            '<figure class="article left noncaption pointer" onclick="modalShowByObj(\'#imgpreview\');">'
            f'<div id="imgpreview" style="width:220px;"><img alt="{alt}" src="{esc(img.src)}" class="img-thumbnail" /></div></figure>'
        )
    if where == "after" and img.style == "home-full":
        return (
            f'<figure class="article center"><img alt="{alt}" src="{esc(img.src)}" width="760" class="img-thumbnail" />'
            f"<figcaption>{_t(s, img.printed or '')}</figcaption></figure>"
        )
    return ""


def _tools(s: Story, cat: str) -> str:
    popup = "resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no"
    return (
        '<ul class="list-inline text-right">'
        '<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{art_path(s, cat, 'sendmail')}','',650,500,'{popup}');return false\">"
        '<em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
        '<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);" '
        f"onclick=\"nv_open_browse('{art_path(s, cat, 'print')}','',840,500,'{popup}');return false\">"
        '<em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
        f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{art_path(s, cat, "savefile")}">'
        '<em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul>'
    )


def detail_page(request: Request, s: Story, cat: str) -> Response:
    when = _local(s)
    base = base_url(request)
    canonical = base + art_path(s)
    home = _home_img(s)
    modified = _local(s, "modified") if "modified" in s.opts else when
    tags = s.opts.get("tags", [])
    og_image = f'<meta property="og:image" content="{base}{home.src}" />' if home else ""
    head = (
        f'<meta name="keywords" content="{esc(", ".join(TAGS[t] for t in tags))}" />\n'
        f'<meta property="og:title" content="{esc(s.title)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:description" content="{esc(s.summary or s.title)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n{og_image}\n'
        f'<meta property="article:published_time" content="{_iso(when)}" />\n'
        f'<meta property="article:modified_time" content="{_iso(modified)}" />\n'
        f'<meta property="article:section" content="{esc(CATS[cat])}" />\n'
        + "".join(f'<meta property="article:tag" content="{esc(TAGS[t])}" />\n' for t in tags)
        + f'<link rel="canonical" href="{canonical}" />'
    )
    hometext = (
        f'<div class="hometext m-bottom" itemprop="description">{_t(s, s.summary)}</div>'
        if s.sapo_outside and s.summary
        else ""
    )
    fb = (
        '<div class="fbcmt-khung"><p class="fbcmt-tieude"><strong>Ý kiến bạn đọc</strong></p>'
        '<p class="fbcmt-loinhan">Quý phụ huynh và các em học sinh đăng nhập Facebook để gửi bình luận. '
        "Những ý kiến không phù hợp sẽ được Ban biên tập ẩn.</p>"
        f'<div class="fb-comments" data-href="{canonical}" data-numposts="5" data-colorscheme="light" data-width="100%"></div></div>'
    )
    tag_panel = ""
    if tags:
        links = ", ".join(
            f'<a title="{esc(TAGS[t])}" href="/news/tag/{t}"><em>{esc(TAGS[t])}</em></a>' for t in tags
        )
        tag_panel = (
            '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
            f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
        )
    votes = 3 + s.id % 5
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
 <div class="panel-body">
  <h1 class="title margin-bottom-lg" itemprop="headline">{_t(s, s.title)}</h1>
  <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope><span itemprop="name">{esc(s.opts.get("author_field") or SITE_NAME)}</span></div>
  <span class="hidden hide d-none" itemprop="datePublished">{_iso(when)}</span>
  <span class="hidden hide d-none" itemprop="dateModified">{_iso(modified)}</span>
  <span class="hidden hide d-none" itemprop="mainEntityOfPage">{canonical}</span>
  <span class="hidden hide d-none" itemprop="image">{base}{home.src if home else "/uploads/logo-truong.png"}</span>
  <div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope>
   <span itemprop="name">{SITE_NAME}</span>
   <span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope><span itemprop="url">{base}/uploads/logo-truong.png</span></span>
  </div>
  <div class="row margin-bottom-lg">
   <div class="col-md-12"><span class="h5">{_detail_date(when)}</span></div>
   <div class="col-md-12">{_tools(s, cat)}</div>
  </div>
  <div class="clearfix">
   {_home_figure(s, "before")}
   {hometext}
   {_home_figure(s, "after")}
  </div>
  <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{render_body(s)}
{fb}
  </div>
  {_files_block(request, s)}
  {_author_block(s)}
 </div>
</div>
{tag_panel}
<div class="news_column panel panel-default"><div class="panel-body">
 <form id="form3B" action=""><div class="h5 clearfix">
  <p id="stringrating">Tổng số điểm của bài viết là: {votes * 4} trong {votes} đánh giá</p>
  <div style="padding: 5px;">{"".join(f'<input class="hover-star" type="radio" value="{n}" title="Đánh giá {n} sao" />' for n in range(1, 6))}</div>
  <span class="note" id="numberrating">Xếp hạng: 4 - {votes} phiếu bầu</span>
  <span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>
 </div></form>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body" style="margin-bottom:0">
 <div style="display:flex;align-items:flex-start;">
  <div class="margin-right"><div class="fb-like" style="float:left!important;margin-right:0!important" data-href="{canonical}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
  <div class="margin-right"><a href="http://twitter.com/share" class="twitter-share-button" rel="nofollow">Tweet</a></div>
  <div class="zalo-share-button" data-href="{canonical}" data-oaid="" data-layout="1" data-color="blue" data-customize="false"></div>
 </div>
</div></div>
{_related(s, cat)}"""
    crumbs = [("Tin tức", "/news/"), (CATS[cat], f"/news/{cat}/")]
    page = layout(
        request,
        title=f"{unicodedata.normalize('NFC', s.title)} - {SITE_NAME}",
        main=main,
        crumbs=crumbs,
        func="detail",
        head=head,
        description=s.summary or "",
    )
    return html(page)


def _print_html(request: Request, s: Story, cat: str) -> str:
    home = _home_img(s)
    hometext = f'<div id="hometext">{_t(s, s.summary)}</div>' if s.sapo_outside and s.summary else ""
    imghome = ""
    if home:
        note = f"<p>{_t(s, home.printed)}</p>" if home.printed else ""
        imghome = f'<div class="imghome"><img src="{esc(home.src)}" alt="" width="460" />{note}</div>'
    author = esc(s.opts.get("author_field") or "")
    source = esc(s.opts["source_field"][0]) if s.opts.get("source_field") else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="StyleSheet" href="{THEME}/css/news.print.css" type="text/css" />
</head><body>
<div id="print">
 <div id="hd_print"><h2 class="pa">{SITE_NAME}</h2><h3 class="pa">{base_url(request)}</h3></div>
 <div id="content">
  <h1>{_t(s, s.title)}</h1>
  <ul class="info"><li>Ngày đăng: {_detail_date(_local(s))}</li><li>Chuyên mục: {esc(CATS[cat])}</li></ul>
  <div class="clear"></div>
  {hometext}
  {imghome}
  <div id="bodytext" class="clearfix">{render_body(s, lazy=False)}</div>
  <div id="source">{f'<p><strong>Tác giả:</strong> {author}</p>' if author else ''}{f'<p><strong>Nguồn tin:</strong> {source}</p>' if source else ''}</div>
 </div>
 <div id="footer" class="clearfix"><div id="url"><strong>URL của bản tin này: </strong>{base_url(request)}{art_path(s, cat)}</div>
  <div class="clear"></div><div class="copyright">&copy; {SITE_NAME}</div>
  <div id="contact"><a href="javascript:;" onclick="window.print()">In bài viết</a> | <a href="javascript:;" onclick="window.close()">Đóng cửa sổ</a></div>
 </div>
</div></body></html>"""


def sendmail_page(request: Request, s: Story, cat: str) -> Response:
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex, nofollow" /></head><body>
<div id="sendmail"><h2>Gửi bài viết qua email</h2>
<form action="{art_path(s, cat, 'sendmail')}" method="post">
<p>Bài viết: <strong>{_t(s, s.title)}</strong></p>
<div class="form-group"><label>Tên của bạn</label><input type="text" name="name" class="form-control"></div>
<div class="form-group"><label>Email người nhận</label><input type="email" name="email" class="form-control"></div>
<div class="form-group"><label>Lời nhắn</label><textarea name="content" class="form-control"></textarea></div>
<input type="submit" value="Gửi" class="btn btn-primary"></form></div></body></html>"""
    return html(body)


# --- the other modules ------------------------------------------------------------------------

_ALBUM_PHOTOS = {
    12: [
        "Lễ chào cờ khai giảng năm học mới",
        "Thầy Hiệu trưởng đánh trống khai trường",
        "Học sinh khối 6 lần đầu dự lễ khai giảng ở trường THCS",
        "Tiết mục văn nghệ chào mừng năm học mới",
    ],
    15: [
        "Thi đấu bóng đá nam khối 8",
        "Nội dung nhảy xa nữ",
        "Kéo co giữa các lớp khối 9",
        "Trao giải cho các vận động viên",
    ],
}
_ALBUM_TEXT = {
    12: "Một số hình ảnh Lễ khai giảng năm học 2026 - 2027 của thầy và trò nhà trường.",
    15: "Hình ảnh Hội khỏe Phù Đổng cấp trường với 6 môn thi đấu, hơn 300 vận động viên tham gia.",
}


def album_list(request: Request) -> Response:
    items = "".join(
        f'<div class="col-xs-12 col-md-8 album-item"><a href="{album_path(a)}" title="{esc(v[1])}">'
        f'<img src="/uploads/album/2026/{v[0]}/thumb/01.jpg" alt="{esc(v[1])}" class="img-thumbnail" /></a>'
        f'<h3><a href="{album_path(a)}">{esc(v[1])}</a></h3><span class="text-muted">{v[2]}</span></div>'
        for a, v in ALBUMS.items()
    )
    main = f'<div class="album-cat"><h2 class="cat-tieude"><span>Thư viện ảnh</span></h2><div class="row">{items}</div></div>'
    return html(layout(request, title=f"Thư viện ảnh - {SITE_NAME}", main=main, crumbs=[("Thư viện ảnh", "/album/")], module="album"))


def album_page(request: Request, aid: int) -> Response:
    slug, name, day = ALBUMS[aid]
    photos = "".join(
        f'<div class="col-xs-12 col-md-6 anh-item"><a href="/uploads/album/2026/{slug}/{n:02d}.jpg" data-fancybox="gallery" '
        f'data-caption="{esc(cap)}"><img src="/uploads/album/2026/{slug}/thumb/{n:02d}.jpg" alt="{esc(cap)}" class="img-thumbnail" /></a>'
        f'<p class="anh-mota">{esc(cap)}</p></div>'
        for n, cap in enumerate(_ALBUM_PHOTOS[aid], 1)
    )
    main = f"""<div class="album-detail panel panel-default"><div class="panel-body">
 <h2 class="album-title">{esc(name)}</h2>
 <div class="text-muted"><em class="fa fa-clock-o">&nbsp;</em> Ngày đăng: {day} &nbsp; <em class="fa fa-picture-o">&nbsp;</em> {len(_ALBUM_PHOTOS[aid])} ảnh &nbsp; <em class="fa fa-eye">&nbsp;</em> Lượt xem: {300 + aid * 17}</div>
 <p class="album-mota">{esc(_ALBUM_TEXT[aid])}</p>
 <div class="row album-photos">{photos}</div>
</div></div>"""
    crumbs = [("Thư viện ảnh", "/album/"), (name, album_path(aid))]
    return html(layout(request, title=f"{name} - Thư viện ảnh", main=main, crumbs=crumbs, module="album", func="detail"))


_DOC_TEXT = {
    21: "Kế hoạch giáo dục nhà trường năm học 2026 - 2027 được xây dựng trên cơ sở hướng dẫn "
    "nhiệm vụ năm học của Sở GD&ĐT Quảng Nam và Phòng GD&ĐT thị xã Điện Bàn, gồm kế hoạch dạy "
    "học các môn học, hoạt động giáo dục và phân phối chương trình của các khối lớp 6, 7, 8, 9.",
    27: "Lịch kiểm tra cuối học kỳ I các môn học đánh giá bằng điểm số, thời gian từ ngày "
    "21/12/2026 đến ngày 31/12/2026. Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh.",
}


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{v[2]}</td><td><a href="{doc_path(d)}" title="{esc(v[1])}">{esc(v[1])}</a></td><td>{v[3]}</td></tr>'
        for d, v in sorted(DOCS.items(), reverse=True)
    )
    main = (
        '<div class="tainguyen"><h2 class="cat-tieude"><span>Tài nguyên</span></h2>'
        '<table class="table table-striped table-bordered"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th>'
        f"<th>Ngày ban hành</th></tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return html(layout(request, title=f"Tài nguyên - {SITE_NAME}", main=main, crumbs=[("Tài nguyên", "/tai-nguyen/")], module="tai-nguyen"))


def doc_page(request: Request, did: int) -> Response:
    slug, name, number, day = DOCS[did]
    main = f"""<div class="tainguyen-chitiet panel panel-default"><div class="panel-body">
 <h2 class="tn-title">{esc(name)}</h2>
 <table class="table table-bordered tn-info"><tbody>
  <tr><th style="width:160px">Số/Ký hiệu</th><td>{number}</td></tr>
  <tr><th>Ngày ban hành</th><td>{day}</td></tr>
  <tr><th>Loại tài nguyên</th><td>{"Kế hoạch" if did == 21 else "Thông báo"}</td></tr>
  <tr><th>Người ký</th><td>Phạm Ngọc Thạch</td></tr>
  <tr><th>Lượt tải</th><td>{40 + did * 3}</td></tr>
 </tbody></table>
 <div class="tn-mota"><p>{esc(_DOC_TEXT[did])}</p></div>
 <p><a class="btn btn-primary" href="/tai-nguyen/down/{did}/" rel="nofollow"><em class="fa fa-download">&nbsp;</em>Tải về ({slug}.pdf)</a></p>
</div></div>"""
    crumbs = [("Tài nguyên", "/tai-nguyen/"), (name, doc_path(did))]
    return html(layout(request, title=f"{name} - Tài nguyên", main=main, crumbs=crumbs, module="tai-nguyen", func="detail"))


_SUBJECTS = ["Toán", "Ngữ văn", "Tiếng Anh", "KHTN", "LS&ĐL", "GDCD", "Tin học", "Công nghệ", "GDTC", "Nghệ thuật", "HĐTN"]


def timetable(request: Request) -> Response | None:
    khoi = request.params.get("khoi", "6")
    if khoi not in ("6", "7", "8", "9"):
        return None
    classes = [f"{khoi}/{n}" for n in range(1, 7)]
    rows = []
    for d, day in enumerate(["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7"]):
        for tiet in range(1, 6):
            cells = "".join(
                f"<td>{_SUBJECTS[(d * 5 + tiet * 3 + c * 7 + int(khoi)) % len(_SUBJECTS)]}</td>"
                for c in range(len(classes))
            )
            head = f'<td rowspan="5" class="tkb-thu">{day}</td>' if tiet == 1 else ""
            rows.append(f"<tr>{head}<td>{tiet}</td>{cells}</tr>")
    options = "".join(
        f'<option value="{k}"{" selected" if k == khoi else ""}>Khối {k}</option>' for k in ("6", "7", "8", "9")
    )
    main = f"""<div class="tkb panel panel-default"><div class="panel-body">
 <h2 class="tkb-title">Thời khóa biểu học kỳ I - năm học 2026 - 2027 (buổi sáng)</h2>
 <p class="tkb-apdung"><em>Áp dụng từ ngày 16/11/2026</em></p>
 <form action="/thoi-khoa-bieu/" method="get" class="form-inline"><select name="khoi" class="form-control" onchange="this.form.submit()">{options}</select></form>
 <table class="table table-bordered tkb-bang"><thead><tr><th>Thứ</th><th>Tiết</th>{"".join(f"<th>{c}</th>" for c in classes)}</tr></thead>
 <tbody>{"".join(rows)}</tbody></table>
 <p class="text-muted">Ghi chú: KHTN - Khoa học tự nhiên; LS&amp;ĐL - Lịch sử và Địa lí; HĐTN - Hoạt động trải nghiệm, hướng nghiệp.</p>
</div></div>"""
    crumbs = [("Thời khóa biểu", "/thoi-khoa-bieu/")]
    return html(layout(request, title=f"Thời khóa biểu - {SITE_NAME}", main=main, crumbs=crumbs, module="thoi-khoa-bieu"))


def contact(request: Request) -> Response:
    main = f"""<div class="contact panel panel-default"><div class="panel-body">
 <h2>Liên hệ</h2>
 <div class="contact-info"><p><strong>{SITE_NAME}</strong></p>
  <p><em class="fa fa-map-marker">&nbsp;</em> Khối phố 3, phường Điện Nam Bắc, thị xã Điện Bàn, tỉnh Quảng Nam</p>
  <p><em class="fa fa-phone">&nbsp;</em> Văn phòng: 0235.3867.125 - Hiệu trưởng: 0905.218.446</p>
  <p><em class="fa fa-envelope">&nbsp;</em> thcsnguyenvantroi.dienban@quangnam.edu.vn</p></div>
 <form action="/contact/" method="post" class="form-horizontal">
  <div class="form-group"><label>Họ và tên</label><input type="text" name="fname" class="form-control"></div>
  <div class="form-group"><label>Email</label><input type="email" name="femail" class="form-control"></div>
  <div class="form-group"><label>Tiêu đề</label><input type="text" name="ftitle" class="form-control"></div>
  <div class="form-group"><label>Nội dung</label><textarea name="fcon" class="form-control" rows="6"></textarea></div>
  <input type="submit" class="btn btn-primary" value="Gửi thư">
 </form>
</div></div>"""
    return html(layout(request, title=f"Liên hệ - {SITE_NAME}", main=main, crumbs=[("Liên hệ", "/contact/")], module="contact"))


def intro(request: Request) -> Response:
    paras = [
        "Trường THCS Nguyễn Văn Trỗi được thành lập năm 1986 trên cơ sở tách ra từ Trường Phổ thông "
        "cơ sở Điện Nam. Trường mang tên người anh hùng liệt sĩ Nguyễn Văn Trỗi, người con của quê "
        "hương Điện Bàn.",
        "Năm học 2026 - 2027, trường có 24 lớp với 956 học sinh; 58 cán bộ, giáo viên, nhân viên, "
        "trong đó 100% giáo viên đạt chuẩn và trên chuẩn trình độ đào tạo.",
        "Trường được công nhận đạt chuẩn quốc gia mức độ 2 năm 2022 và đạt kiểm định chất lượng giáo "
        "dục cấp độ 3.",
    ]
    main = f"""<div class="page panel panel-default"><div class="panel-body">
 <h2 class="title margin-bottom-lg">Giới thiệu chung</h2>
 <div class="margin-bottom-lg"><span class="h5 text-muted"><em class="fa fa-clock-o">&nbsp;</em> Thứ hai - 15/09/2025 08:00</span></div>
 <div class="bodytext">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div>
</div></div>"""
    crumbs = [("Giới thiệu", INTRO_PATH), ("Giới thiệu chung", INTRO_PATH)]
    return html(layout(request, title=f"Giới thiệu chung - {SITE_NAME}", main=main, crumbs=crumbs, module="about"))


def seek(request: Request) -> Response:
    q = request.params.get("q", "")
    main = (
        '<div class="panel panel-default"><div class="panel-body"><h2>Tìm kiếm</h2>'
        f'<form action="/seek/" method="get"><input type="text" name="q" value="{esc(q)}" class="form-control"></form>'
        f"<p>{'Không tìm thấy kết quả nào cho từ khóa: ' + esc(q) if q else 'Nhập từ khóa để tìm kiếm.'}</p></div></div>"
    )
    return html(layout(request, title=f"Tìm kiếm - {SITE_NAME}", main=main, crumbs=[("Tìm kiếm", "/seek/")], module="seek"))


# --- routing ----------------------------------------------------------------------------------

_ART = re.compile(r"/news/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_TOOL = re.compile(r"/news/(print|savefile|sendmail)/([a-z0-9-]+)/([a-z0-9-]+)-(\d+)\.html")
_CAT = re.compile(r"/news/([a-z0-9-]+)/(?:page-(\d+)/)?")
_ALBUM = re.compile(r"/album/([a-z0-9-]+)-(\d+)/")
_DOC = re.compile(r"/tai-nguyen/([a-z0-9-]+)-(\d+)\.html")
_DOWN = re.compile(r"/tai-nguyen/down/(\d+)/")
_STATIC_PREFIXES = ("/uploads/", "/assets/", "/themes/")


def _article_for(cat: str, slug: str, sid: str) -> tuple[Story | None, bool]:
    """The story at that URL and whether its slug is the current one."""
    story = BY_ID.get(int(sid))
    if story is None or cat not in (story.cat, *story.opts.get("also", [])):
        return None, False
    if slug == story.slug:
        return story, True
    if slug == story.opts.get("old_slug"):
        return story, False
    return None, False


class NukeVietSchoolSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(_STATIC_PREFIXES) or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, "User-agent: *\nDisallow: /admin/\nDisallow: /includes/\n", {"Content-Type": "text/plain"})
        if path in ("/", "/news/"):
            return home_page(request)
        if path == "/news/rss/":
            return rss(request)
        if path.startswith("/news/tag/"):
            return tag_page(request, path[len("/news/tag/"):])
        if m := _TOOL.fullmatch(path):
            tool, cat, slug, sid = m.groups()
            story, current = _article_for(cat, slug, sid)
            if story is None or not current:
                return None
            if tool == "sendmail":
                return sendmail_page(request, story, cat)
            page = _print_html(request, story, cat)
            if tool == "savefile":
                return html(page, headers={"Content-Disposition": f'attachment; filename="{story.slug}.html"'})
            return html(page)
        if m := _ART.fullmatch(path):
            cat, slug, sid = m.groups()
            story, current = _article_for(cat, slug, sid)
            if story is None:
                return None
            if not current:
                return redirect(art_path(story, cat), 301)
            if request.params.get("download") == "1":
                files = story.opts.get("files", [])
                n = request.params.get("id", "")
                if not n.isdigit() or int(n) >= len(files):
                    return None
                return Response(200, PDF, {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'attachment; filename="{files[int(n)][0]}"',
                })
            return detail_page(request, story, cat)
        if m := _CAT.fullmatch(path):
            alias, page = m.groups()
            if alias not in CATS or page == "1":
                return None
            return cat_page(request, alias, int(page or 1))
        if path == "/album/":
            return album_list(request)
        if (m := _ALBUM.fullmatch(path)) and int(m.group(2)) in ALBUMS and m.group(1) == ALBUMS[int(m.group(2))][0]:
            return album_page(request, int(m.group(2)))
        if path == "/tai-nguyen/":
            return doc_list(request)
        if (m := _DOC.fullmatch(path)) and int(m.group(2)) in DOCS and m.group(1) == DOCS[int(m.group(2))][0]:
            return doc_page(request, int(m.group(2)))
        if (m := _DOWN.fullmatch(path)) and int(m.group(1)) in DOCS:
            return Response(200, PDF, {
                "Content-Type": "application/pdf",
                "Content-Disposition": f'attachment; filename="{DOCS[int(m.group(1))][0]}.pdf"',
            })
        if path == "/thoi-khoa-bieu/":
            return timetable(request)
        if path == "/contact/":
            return contact(request)
        if path == INTRO_PATH:
            return intro(request)
        if path == "/seek/":
            return seek(request)
        return None


def build_site() -> NukeVietSchoolSite:
    return NukeVietSchoolSite()


# --- gold -------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts: list[str] = []
    for cat in (story.cat, *story.opts.get("also", [])):
        if cat != story.cat:
            alts.append(art_path(story, cat))
        alts += [art_path(story, cat, "print"), art_path(story, cat, "savefile")]
    return alts


GOLD = [
    gold_record(s, art_path(s), CATS[s.cat], alt_paths=_alt_paths(s))
    for s in sorted(STORIES, key=lambda s: s.opts["time"], reverse=True)
]

#: articles a crawler finds only on page 2 of a category
PAGE2_ONLY = [229, 224, 226]
#: the old alias that answers 301
OLD_ALIAS_PATH = f"/news/{CM}/sinh-hoat-chuyen-mon-to-toan-tin-238.html"

NON_ARTICLES = [
    INTRO_PATH,
    "/contact/",
    "/thoi-khoa-bieu/",
    album_path(12),
    album_path(15),
    doc_path(21),
    doc_path(27),
]
