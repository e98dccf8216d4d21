"""Trường THCS Lê Quý Đôn, thành phố Bảo Lộc (Lâm Đồng): Joomla 2.5 + K2 2.6, JA Purity II era
template ("ja_purity_ii", a commercial JoomlArt template of 2012), sh404SEF URLs.

Platform
    Joomla 2.5.28 with K2 2.6.9 for the news (three K2 categories under a K2 parent "Tin tức"),
    com_content for the plain pages, Phoca Gallery / Phoca Download for album and documents,
    sh404SEF 3.x for the URLs. The JA template wraps everything in ``ja-wrapper`` / ``ja-box``
    divs, a ``ja-mainnav`` drop-down menu (``<ul class="menu">`` nested lists), a "ja-pathway"
    breadcrumb and left/right module columns (``moduletable_menu``, ``moduletable_xn`` …).

URL scheme
    ``/``                                          home: K2 "Tin mới" module + sidebars
    ``/tin-tuc.html``                              K2 parent category (sub-category blocks only)
    ``/tin-tuc/<cat>.html``                        K2 category, page 1 (``?start=4`` page 2,
                                                   ``?limitstart=0`` page 1 again)
    ``/tin-tuc/<cat>/Page-<N>.html``               the same pages as sh404SEF writes them
    ``/tin-tuc/<cat>/item/<id>-<alias>.html``      K2 item view (the article)
    ``…/item/<id>-<alias>.html?tmpl=component&print=1``  K2 print view (same article)
    ``/index.php?option=com_k2&view=item&id=<id>:<alias>&Itemid=105``  non-SEF link printed by
                                                   the "Tin xem nhiều" module (same article)
    ``/tin-tuc/<cat>/item/download/<n>_<md5>.html`` K2 attachment download (a PDF)
    ``/tin-tuc/itemlist/tag/<tag>.html``           K2 tag listing
    ``/tin-tuc/itemlist/search.html?searchword=``  K2 search (GET form in the header)
    ``/<menu-alias>.html``                         pages: gioi-thieu, doi-ngu-giao-vien, van-ban,
                                                   thu-vien-anh, lien-he, thoi-khoa-bieu

Page templates
    K2 category listing: per page 1 "leading" item (image _M, whole intro text, "Đọc thêm..."),
    2 "primary" items in two 50 % columns (image _S, intro cut at 25 words with "…") and 1 "links"
    item (title only, under "Thêm bài viết..."); K2 pagination "Đầu « Trước 1 2 Tiếp » Cuối" +
    "Trang 1 của 2". Item view: ``itemHeader`` (created date *before* the title, "Viết bởi
    quantri"), toolbar (font resizer, "In", "E-mail"), rating, ``itemBody`` (image block,
    ``itemIntroText``, ``itemFullText``, ``itemExtraFields``, ``itemDateModified``), ``itemLinks``
    (category, tags, attachments), ``itemRelated``, hits, ``itemComments`` with the comment form.

How each gold article is reached
    Tin tức - Sự kiện (6): page 1 = 251 (leading), 248, 245 (primary), 239 (links); page 2 only
    (``?start=4`` / ``Page-2.html``) = 233, 228. Hoạt động chuyên môn (5): page 1 = 250, 246, 241,
    236; page 2 only = 230. Đoàn - Đội (2): 249, 240. The home "Tin mới" module links 251, 250,
    248, 246, 245; the "Tin xem nhiều" module links 245, 241, 240, 236 in non-SEF form.

Traps
    1. Sapo in its own K2 div: the item view prints ``itemIntroText`` (bold via the template's CSS)
       and then ``itemFullText``; the intro is the summary and the body's first paragraph. An item
       saved without a "Đọc tiếp" split (239, 251, 249) has all its text in ``itemIntroText`` and
       no ``itemFullText``: then there is no sapo (summary null), the intro div holds the body.
    2. K2's Vietnamese date "Thứ năm, 03 Tháng 12 2026 09:10": the weekday "năm" (five) next to a
       month word "Tháng 12" and a year with no "năm" before it; printed *before* the headline in
       ``itemHeader``. Gold: that created date with the time (+07:00); "00:00" (239) -> day alone.
    3. ``itemDateModified`` "Lần cập nhật cuối ngày Thứ hai, 16 Tháng 11 2026 10:05" under the text,
       and comment dates ("Thứ sáu, 20 Tháng 11 2026 19:02") in the comment list: never the
       publication date. The Đoàn - Đội category hides the created date (on its listing and its
       items) but still prints the modified date: published_at null for 249 and 240.
    4. K2 extra fields as the byline: ``itemExtraFields`` ("Thông tin thêm") is a ``<ul>`` of
       label/value spans — "Tác giả:", "Tin:", "Ảnh:", "Tin, ảnh:", "Nguồn:" — under the text;
       they are the authors / photographers / source (titles and posts dropped), not body list
       items. "Viết bởi quantri" in the header is the CMS account: nobody.
    5. K2 item image block above the intro: ``<img src="…_L.jpg">`` inside a modal link to the
       ``_XL.jpg`` copy, with ``itemImageCaption`` and ``itemImageCredits`` ("Ảnh: X") as two
       spans. Gold: the printed ``_L`` src, the caption span as caption, the credits as the
       photographer (241: credits only -> caption None). Listing thumbnails (_M, _S) are not images.
    6. Inline photos as JCE editor tables: a one-column ``<table>`` whose second row is the
       caption (245). Gold: the row is the caption, not a body paragraph (a table-row reader would
       write "caption" as a paragraph); a credit-only row "Ảnh: Hoàng Lan" is a photographer.
    7. Reader comments (``itemCommentsList``: name, date, ``<p>`` text) and the "Gửi bình luận"
       form after the article (245, 230): paragraphs that are not body.
    8. Every item twice more: the print view (``?tmpl=component&print=1``, from the toolbar) and, for
       the four most-read, the non-SEF ``/index.php?option=com_k2&view=item&id=N:alias&Itemid=105``
       from the "Tin xem nhiều" module; neither prints a canonical. Gold: alt_paths.
    9. Two pagination forms for the same listing pages: numbered links as sh404SEF
       ``/Page-2.html``, "Tiếp"/"Cuối" as ``?start=4``, "Đầu"/"Trước" as ``?limitstart=0``; 233, 228
       and 230 are reachable only through page 2.
   10. Listings that look like articles: the leading item prints its whole intro text and picture,
       an intro-only item (239) even its whole text, with a date line; ``itemRelated`` ("Bài viết
       liên quan") and "Bài mới cùng chuyên mục" lists under an item print other titles and dates.
   11. Content migrated from Joomla 1.5 (233): FCKeditor entity references (``&agrave;``,
       ``&#7897;``), ``<br />`` inside a paragraph (two gold paragraphs) and ``<p>&nbsp;</p>``
       spacers.
   12. Official notice as a K2 item (251): letterhead table, "Số: …", "Bảo Lộc, ngày 02 tháng 12
       năm 2026", "THÔNG BÁO / Về việc …", then "Nơi nhận" and "KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG
       … Trần Văn Minh". Gold: date the letterhead's day (not the K2 created 2026-12-03 09:10),
       author the signer, body only the notice's paragraphs.
   13. K2 attachments block "Tải tập tin đính kèm: chuyen-de-stem-khtn8.pdf (Tải về 23 lần)" and
       the tags block "Được gắn thẻ" under the text: not body.
   14. A results table inside the text (236): rows are paragraphs, cells joined by " | ".
   15. Email cloaking of Joomla 2.5 in the footer and contact page: script + "Địa chỉ email này
       đang được bảo vệ…" text that is chrome.

Gold decisions on ambiguous points
    - Category: the K2 category as the breadcrumb prints it ("Tin tức - Sự kiện"), not the parent
      "Tin tức".
    - The K2 image's gold path is the ``<img src>`` (``_L``), not the ``_XL`` of its modal link.
    - An extra-field value "Phạm Quốc Bảo - GV Thể dục" -> "Phạm Quốc Bảo"; "Nguyễn Thị Kim Oanh (Tổ
      trưởng tổ Ngữ văn)" -> "Nguyễn Thị Kim Oanh"; "Hoàng Văn Dũng (TPT Đội)" under "Tin, ảnh:" ->
      author and photographer.
    - The right-aligned bold "Tổ Toán - Tin" closing 250 is its author (a unit signing alone).
    - 251's summary is null: the notice has no lead paragraph of its own.
    - The caption line "(Giáo viên thực hành …)" of 230 loses its parentheses.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "joomla25_k2_legacy_thcs"
PLATFORM = "Joomla 2.5 + K2 2.6 (JA Purity II template, sh404SEF)"
START_PATH = "/"

SITE_NAME = "Trường THCS Lê Quý Đôn - Bảo Lộc"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "doan-doi": "Đoàn - Đội",
}
CAT_IDS = {"tin-tuc-su-kien": 3, "hoat-dong-chuyen-mon": 4, "doan-doi": 5}
CAT_DESC = {
    "tin-tuc-su-kien": "Tin hoạt động, sự kiện của nhà trường.",
    "hoat-dong-chuyen-mon": "Hoạt động của các tổ chuyên môn, hội giảng, chuyên đề.",
    "doan-doi": "Hoạt động của Chi đoàn giáo viên và Liên đội.",
}
#: categories whose parameters hide the created date (listing and item)
HIDE_DATE = {"doan-doi"}
PER_PAGE = 4  # 1 leading + 2 primary + 1 link

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def k2date(stamp: str) -> str:
    """K2's DATE_FORMAT_LC2 in the vi-VN language pack: 'Thứ năm, 03 Tháng 12 2026 09:10'."""
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return f"{WEEKDAYS[dt.weekday()]}, {dt.day:02d} Tháng {dt.month} {dt.year} {dt:%H:%M}"


def k2img(item_id: int, size: str) -> str:
    digest = hashlib.md5(f"Image{item_id}".encode()).hexdigest()
    return f"/media/k2/items/cache/{digest}_{size}.jpg"


def _lead(item_id: int, printed: str | None, caption: str | None, credits: str | None = None) -> Img:
    """The K2 item image (style "k2"); ``credits`` is the itemImageCredits span."""
    return Img(k2img(item_id, "L"), printed=printed, caption=caption, style="k2:" + (credits or ""))


STORIES: list[Story] = [
    # ---- Tin tức - Sự kiện ---------------------------------------------------------------
    Story(
        251,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-12-02",
        [
            Raw(
                '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody>'
                '<tr><td style="text-align:center;width:40%;">UBND THÀNH PHỐ BẢO LỘC<br />'
                "<strong>TRƯỜNG THCS LÊ QUÝ ĐÔN</strong></td>"
                '<td style="text-align:center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
                "<br /><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center;">Số: 87/TB-THCSLQĐ</td>'
                '<td style="text-align:center;"><em>Bảo Lộc, ngày 02 tháng 12 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align:center;"><strong>THÔNG BÁO</strong></p>'
                '<p style="text-align:center;"><strong>Về việc lịch kiểm tra cuối học kỳ I năm học '
                "2026-2027</strong></p>"
            ),
            P(
                "Căn cứ kế hoạch năm học 2026-2027 của nhà trường, Hiệu trưởng thông báo lịch kiểm "
                "tra cuối học kỳ I đối với học sinh các khối 6, 7, 8, 9 như sau:"
            ),
            P("1. Thời gian: từ ngày 21/12/2026 đến hết ngày 26/12/2026, theo lịch chi tiết của từng khối."),
            P(
                "2. Hình thức: các môn Toán, Ngữ văn, Tiếng Anh kiểm tra tập trung theo đề chung của "
                "trường; các môn còn lại kiểm tra tại lớp theo kế hoạch của tổ chuyên môn."
            ),
            P(
                "3. Giáo viên chủ nhiệm thông báo lịch đến học sinh và cha mẹ học sinh; học sinh có "
                "mặt tại phòng thi trước giờ kiểm tra 15 phút."
            ),
            Raw(
                '<table border="0" style="width:100%;"><tbody><tr><td style="width:50%;">'
                "<strong><em>Nơi nhận:</em></strong><br />- Như trên;<br />- Phòng GD&amp;ĐT (b/c);"
                "<br />- Lưu VT.</td>"
                '<td style="text-align:center;"><strong>KT. HIỆU TRƯỞNG<br />PHÓ HIỆU TRƯỞNG</strong>'
                "<br /><br /><em>(đã ký)</em><br /><br /><strong>Trần Văn Minh</strong></td></tr>"
                "</tbody></table>"
            ),
        ],
        authors=["Trần Văn Minh"],
        opts={"created": "2026-12-03 09:10", "mod": "2026-12-03 09:25", "intro_only": True},
    ),
    Story(
        248,
        "truong-thcs-le-quy-don-to-chuc-hoi-khoe-phu-dong-cap-truong",
        "Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng cấp trường",
        "tin-tuc-su-kien",
        "2026-11-28T15:40:00+07:00",
        [
            _lead(
                248,
                "Các vận động viên tham gia nội dung chạy cự ly 100m nam",
                "Các vận động viên tham gia nội dung chạy cự ly 100m nam",
                "Ảnh: Đinh Công Tuấn",
            ),
            P(
                "Trong hai ngày 26 và 27/11/2026, Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng "
                "cấp trường năm học 2026-2027 với sự tham gia của gần 400 vận động viên là học sinh "
                "các khối lớp."
            ),
            P(
                "Hội khỏe gồm các nội dung điền kinh, bóng đá mini, cầu lông, đá cầu và kéo co. Các "
                "trận đấu diễn ra sôi nổi, đúng luật và đầy tinh thần thể thao."
            ),
            P(
                "Kết thúc hội khỏe, Ban tổ chức đã trao 24 huy chương vàng, 24 huy chương bạc và 36 "
                "huy chương đồng cho các vận động viên; giải nhất toàn đoàn thuộc về khối 9."
            ),
            P(
                "Qua hội khỏe, nhà trường chọn ra đội tuyển tham dự Hội khỏe Phù Đổng cấp thành phố "
                "Bảo Lộc dự kiến tổ chức vào tháng 01/2027."
            ),
        ],
        authors=["Phạm Quốc Bảo"],
        photographers=["Đinh Công Tuấn"],
        summary=(
            "Trong hai ngày 26 và 27/11/2026, Trường THCS Lê Quý Đôn tổ chức Hội khỏe Phù Đổng "
            "cấp trường năm học 2026-2027 với sự tham gia của gần 400 vận động viên là học sinh "
            "các khối lớp."
        ),
        opts={
            "created": "2026-11-28 15:40",
            "mod": "2026-11-30 07:12",
            "xf": [("Tác giả", "Phạm Quốc Bảo - GV Thể dục")],
        },
    ),
    Story(
        245,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "tin-tuc-su-kien",
        "2026-11-20T10:30:00+07:00",
        [
            P(
                "Sáng ngày 20/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam, tôn vinh những thầy cô giáo đã và đang công tác tại trường."
            ),
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo thành phố Bảo Lộc, "
                "Đảng ủy, UBND phường 1, Ban đại diện cha mẹ học sinh cùng đông đảo các thế hệ giáo "
                "viên, học sinh nhà trường."
            ),
            Img(
                "/images/stories/2026/11/le-20-11-hieu-truong.jpg",
                "Thầy Hiệu trưởng Nguyễn Đức Thịnh ôn lại truyền thống ngày 20/11",
                "Thầy Hiệu trưởng Nguyễn Đức Thịnh ôn lại truyền thống ngày 20/11",
                style="table",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng ôn lại lịch sử, ý nghĩa của Ngày Nhà giáo "
                "Việt Nam và điểm lại những thành tích nổi bật của tập thể sư phạm trong năm học "
                "vừa qua."
            ),
            P(
                "Nhân dịp này, nhà trường khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
                "cấp trường và 3 giáo viên đạt giáo viên dạy giỏi cấp thành phố."
            ),
            Img("/images/stories/2026/11/le-20-11-van-nghe.jpg", "Ảnh: Hoàng Lan", None, style="table"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp dàn dựng, "
                "gửi lời tri ân sâu sắc tới thầy cô."
            ),
        ],
        photographers=["Hoàng Lan"],
        summary=(
            "Sáng ngày 20/11/2026, Trường THCS Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam, tôn vinh những thầy cô giáo đã và đang công tác tại trường."
        ),
        opts={
            "created": "2026-11-20 10:30",
            "mod": "2026-11-21 08:03",
            "tags": ["Ngày Nhà giáo Việt Nam"],
            "comments": [
                ("Phụ huynh lớp 8A", "2026-11-20 19:02", "Chúc các thầy cô luôn mạnh khỏe, hạnh phúc!"),
                (
                    "Cựu học sinh khóa 2010-2014",
                    "2026-11-21 06:45",
                    "Nhớ mãi những năm tháng học dưới mái trường Lê Quý Đôn. Em kính chúc thầy cô "
                    "nhân ngày 20/11.",
                ),
            ],
        },
    ),
    Story(
        239,
        "don-doan-kiem-tra-cong-tac-pho-cap-giao-duc",
        "Đón đoàn kiểm tra công tác phổ cập giáo dục của thành phố Bảo Lộc",
        "tin-tuc-su-kien",
        "2026-11-06",
        [
            P(
                "Ngày 05/11/2026, đoàn kiểm tra của Ban chỉ đạo phổ cập giáo dục thành phố Bảo Lộc "
                "đã đến làm việc với Trường THCS Lê Quý Đôn về công tác phổ cập giáo dục trung học "
                "cơ sở năm 2026."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ điều tra, sổ theo dõi phổ cập, danh sách học sinh bỏ học và "
                "kết quả huy động học sinh ra lớp trên địa bàn phường 1."
            ),
            P(
                "Kết luận buổi kiểm tra, đoàn đánh giá cao sự chuẩn bị chu đáo của nhà trường, hồ sơ "
                "đầy đủ, số liệu khớp đúng; đồng thời đề nghị tiếp tục cập nhật dữ liệu trên hệ "
                "thống thông tin phổ cập."
            ),
        ],
        opts={"created": "2026-11-06 00:00", "mod": "2026-11-06 16:40", "intro_only": True},
    ),
    Story(
        233,
        "hoi-nghi-can-bo-vien-chuc-nam-hoc-2026-2027",
        "Hội nghị cán bộ, viên chức năm học 2026-2027",
        "tin-tuc-su-kien",
        "2026-10-17T14:00:00+07:00",
        [
            P(
                "Chiều ngày 16/10/2026, Trường THCS Lê Quý Đôn tổ chức Hội nghị cán bộ, viên chức "
                "năm học 2026-2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025-2026 và phương hướng, nhiệm vụ năm "
                "học 2026-2027; báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra "
                "nhân dân.",
                style="br",
            ),
            P("Các đại biểu đã thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết."),
            Raw("<p>&nbsp;</p>"),
            P(
                "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ mới gồm 3 đồng chí và thông qua "
                "nghị quyết với 100% đại biểu tán thành."
            ),
            Raw("<p>&nbsp;</p>"),
        ],
        summary=(
            "Chiều ngày 16/10/2026, Trường THCS Lê Quý Đôn tổ chức Hội nghị cán bộ, viên chức "
            "năm học 2026-2027 với sự tham dự của 58 cán bộ, giáo viên, nhân viên."
        ),
        opts={"created": "2026-10-17 14:00", "mod": "2026-10-18 09:31", "legacy": True},
    ),
    Story(
        228,
        "khai-mac-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        "tin-tuc-su-kien",
        "2026-10-05T07:45:00+07:00",
        [
            _lead(228, "Quang cảnh lễ khai mạc", "Quang cảnh lễ khai mạc"),
            P(
                "Sáng 05/10/2026, các trường học trên địa bàn thành phố Bảo Lộc đồng loạt tổ chức "
                "khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề \u201cChuyển đổi "
                "số trong học tập suốt đời\u201d."
            ),
            P(
                "Tại Trường THCS Lê Quý Đôn, lễ khai mạc được lồng ghép trong buổi chào cờ đầu tuần. "
                "Thư viện nhà trường trưng bày hơn 500 đầu sách và giới thiệu tủ sách điện tử."
            ),
            P(
                "Trong tuần lễ, nhà trường tổ chức các hoạt động đọc sách, giới thiệu sách, thi kể "
                "chuyện theo sách và hướng dẫn học sinh khai thác học liệu số."
            ),
        ],
        source="Phòng GD&ĐT thành phố Bảo Lộc",
        summary=(
            "Sáng 05/10/2026, các trường học trên địa bàn thành phố Bảo Lộc đồng loạt tổ chức "
            "khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2026 với chủ đề \u201cChuyển đổi "
            "số trong học tập suốt đời\u201d."
        ),
        opts={
            "created": "2026-10-05 07:45",
            "mod": "2026-10-05 10:02",
            "xf": [("Nguồn", "Phòng GD&ĐT thành phố Bảo Lộc")],
        },
    ),
    # ---- Hoạt động chuyên môn -------------------------------------------------------------
    Story(
        250,
        "hoi-giang-giao-vien-day-gioi-cap-truong",
        "Hội giảng giáo viên dạy giỏi cấp trường chào mừng ngày 20/11",
        "hoat-dong-chuyen-mon",
        "2026-11-30T16:20:00+07:00",
        [
            _lead(250, "Tiết dạy môn Toán lớp 9A2 của cô Lê Thị Mai", "Tiết dạy môn Toán lớp 9A2 của cô Lê Thị Mai"),
            P(
                "Từ ngày 02/11 đến 27/11/2026, Tổ Toán - Tin tổ chức hội giảng giáo viên dạy giỏi cấp "
                "trường với 9 tiết dạy thuộc các môn Toán và Tin học."
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng phương pháp dạy học tích cực, ứng dụng "
                "công nghệ thông tin và tổ chức cho học sinh hoạt động nhóm hiệu quả."
            ),
            P(
                "Kết quả có 7 tiết xếp loại giỏi, 2 tiết xếp loại khá. Tổ đã đề cử 2 giáo viên tham "
                "gia hội thi giáo viên dạy giỏi cấp thành phố."
            ),
            Raw('<p style="text-align: right;"><strong>Tổ Toán - Tin</strong></p>'),
        ],
        authors=["Tổ Toán - Tin"],
        summary=(
            "Từ ngày 02/11 đến 27/11/2026, Tổ Toán - Tin tổ chức hội giảng giáo viên dạy giỏi cấp "
            "trường với 9 tiết dạy thuộc các môn Toán và Tin học."
        ),
        opts={"created": "2026-11-30 16:20", "mod": "2026-12-01 07:50", "tags": ["Ngày Nhà giáo Việt Nam"]},
    ),
    Story(
        246,
        "chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-lop-8",
        "Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 8",
        "hoat-dong-chuyen-mon",
        "2026-11-24T09:05:00+07:00",
        [
            P(
                "Ngày 23/11/2026, Tổ Khoa học tự nhiên tổ chức chuyên đề \u201cDạy học theo định hướng "
                "giáo dục STEM\u201d qua bài học \u201cChế tạo mô hình máy lọc nước đơn giản\u201d tại "
                "lớp 8A1."
            ),
            P(
                "Học sinh được chia thành 6 nhóm, tự thiết kế bản vẽ, lựa chọn vật liệu như cát, sỏi, "
                "than hoạt tính, bông và chai nhựa để chế tạo mô hình."
            ),
            P("Chuyên đề tập trung vào ba nội dung chính:"),
            P("- Quy trình thiết kế kỹ thuật trong bài học STEM;"),
            P("- Cách đánh giá sản phẩm và năng lực hợp tác của học sinh;"),
            P("- Khai thác vật liệu tái chế sẵn có tại địa phương."),
            P(
                "Các giáo viên dự giờ đánh giá cao tính thực tiễn của chuyên đề và thống nhất nhân "
                "rộng mô hình ở các khối lớp khác."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        photographers=["Nguyễn Hữu Phước"],
        summary=(
            "Ngày 23/11/2026, Tổ Khoa học tự nhiên tổ chức chuyên đề \u201cDạy học theo định hướng "
            "giáo dục STEM\u201d qua bài học \u201cChế tạo mô hình máy lọc nước đơn giản\u201d tại "
            "lớp 8A1."
        ),
        opts={
            "created": "2026-11-24 09:05",
            "mod": "2026-11-24 15:18",
            "xf": [("Tin", "ThS. Lê Thị Thu Hà"), ("Ảnh", "Nguyễn Hữu Phước")],
            "tags": ["Đổi mới phương pháp"],
            "att": ("chuyen-de-stem-khtn8.pdf", 23),
        },
    ),
    Story(
        241,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngu-van",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngữ văn",
        "hoat-dong-chuyen-mon",
        "2026-11-12T13:30:00+07:00",
        [
            _lead(241, None, None, "Ảnh: Vũ Thị Ngọc"),
            P(
                "Thực hiện kế hoạch của Phòng GD&ĐT, ngày 11/11/2026 tổ Ngữ văn tổ chức buổi sinh "
                "hoạt chuyên môn theo nghiên cứu bài học với bài dạy \u201cĐọc hiểu văn bản nghị "
                "luận\u201d lớp 7A3."
            ),
            P(
                "Sau tiết dạy minh họa, các giáo viên tập trung phân tích hoạt động học của học sinh: "
                "em nào chưa tham gia, vì sao, và giáo viên cần điều chỉnh gì để mọi em đều học."
            ),
            P(
                "Buổi sinh hoạt giúp giáo viên thay đổi cách dự giờ: chuyển từ đánh giá giờ dạy của "
                "giáo viên sang quan sát việc học của học sinh."
            ),
        ],
        authors=["Nguyễn Thị Kim Oanh"],
        photographers=["Vũ Thị Ngọc"],
        summary=(
            "Thực hiện kế hoạch của Phòng GD&ĐT, ngày 11/11/2026 tổ Ngữ văn tổ chức buổi sinh "
            "hoạt chuyên môn theo nghiên cứu bài học với bài dạy \u201cĐọc hiểu văn bản nghị "
            "luận\u201d lớp 7A3."
        ),
        opts={
            "created": "2026-11-12 13:30",
            "mod": "2026-11-13 08:00",
            "xf": [("Tác giả", "Nguyễn Thị Kim Oanh (Tổ trưởng tổ Ngữ văn)")],
            "tags": ["Đổi mới phương pháp"],
        },
    ),
    Story(
        236,
        "ket-qua-thi-hoc-sinh-gioi-cap-thanh-pho-mon-tieng-anh",
        "Kết quả thi học sinh giỏi cấp thành phố môn Tiếng Anh",
        "hoat-dong-chuyen-mon",
        "2026-10-28T11:15:00+07:00",
        [
            P(
                "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027, đội tuyển Tiếng "
                "Anh của Trường THCS Lê Quý Đôn đạt 4 giải, xếp thứ nhì toàn thành phố."
            ),
            P("Danh sách học sinh đạt giải:"),
            P("STT | Họ và tên | Lớp | Giải"),
            P("1 | Trần Ngọc Bảo Anh | 9A1 | Nhất"),
            P("2 | Lê Minh Khôi | 9A1 | Nhì"),
            P("3 | Phan Thị Thanh Trúc | 9A2 | Ba"),
            P("4 | Đỗ Gia Huy | 9A3 | Khuyến khích"),
            P(
                "Nhà trường chúc mừng các em học sinh và thầy cô bồi dưỡng, mong các em tiếp tục ôn "
                "luyện tốt cho kỳ thi cấp tỉnh."
            ),
        ],
        summary=(
            "Tại kỳ thi chọn học sinh giỏi lớp 9 cấp thành phố năm học 2026-2027, đội tuyển Tiếng "
            "Anh của Trường THCS Lê Quý Đôn đạt 4 giải, xếp thứ nhì toàn thành phố."
        ),
        opts={"created": "2026-10-28 11:15", "mod": "2026-10-29 14:44"},
    ),
    Story(
        230,
        "tap-huan-su-dung-phan-mem-quan-ly-truong-hoc",
        "Tập huấn sử dụng phần mềm quản lý trường học",
        "hoat-dong-chuyen-mon",
        "2026-10-09T10:00:00+07:00",
        [
            P(
                "Ngày 08/10/2026, nhà trường tổ chức tập huấn cho toàn thể giáo viên về sử dụng phần "
                "mềm quản lý trường học, sổ điểm điện tử và học bạ số."
            ),
            P(
                "Nội dung tập huấn gồm nhập điểm, nhận xét định kỳ, quản lý hồ sơ học sinh và ký số "
                "học bạ bằng chữ ký số của giáo viên chủ nhiệm."
            ),
            Img(
                "/images/stories/2026/10/tap-huan-phan-mem.jpg",
                "(Giáo viên thực hành nhập điểm trên phần mềm)",
                "Giáo viên thực hành nhập điểm trên phần mềm",
                style="para",
            ),
            P(
                "Sau buổi tập huấn, giáo viên được hỗ trợ trực tiếp tại phòng Tin học trong hai tuần "
                "đầu triển khai."
            ),
        ],
        authors=["Trần Minh Quân"],
        summary=(
            "Ngày 08/10/2026, nhà trường tổ chức tập huấn cho toàn thể giáo viên về sử dụng phần "
            "mềm quản lý trường học, sổ điểm điện tử và học bạ số."
        ),
        opts={
            "created": "2026-10-09 10:00",
            "mod": "2026-10-09 10:00",
            "xf": [("Tác giả", "Trần Minh Quân")],
            "comments": [
                ("GV Nguyễn Thị Hằng", "2026-10-09 21:13", "Phần mềm dễ dùng, cảm ơn thầy Quân đã hướng dẫn."),
            ],
        },
    ),
    # ---- Đoàn - Đội (dates hidden) -------------------------------------------------------------
    Story(
        249,
        "lien-doi-phat-dong-phong-trao-ke-hoach-nho",
        "Liên đội phát động phong trào \u201cKế hoạch nhỏ\u201d năm học 2026-2027",
        "doan-doi",
        None,
        [
            _lead(249, "Đội viên thu gom giấy vụn tại sân trường", "Đội viên thu gom giấy vụn tại sân trường"),
            P(
                "Nhằm giáo dục ý thức tiết kiệm và bảo vệ môi trường, Liên đội Trường THCS Lê Quý Đôn "
                "phát động phong trào \u201cKế hoạch nhỏ\u201d thu gom giấy vụn, vỏ chai nhựa trong "
                "toàn thể đội viên."
            ),
            P(
                "Số tiền thu được sẽ dùng để mua sách vở, áo ấm tặng học sinh có hoàn cảnh khó khăn "
                "của trường và trường bạn ở xã Lộc Thành."
            ),
            P("Đợt thu gom đầu tiên dự kiến diễn ra vào sáng thứ Hai, ngày 14/12/2026."),
        ],
        authors=["Hoàng Văn Dũng"],
        photographers=["Hoàng Văn Dũng"],
        opts={
            "created": "2026-11-16 09:20",
            "mod": "2026-11-16 10:05",
            "intro_only": True,
            "xf": [("Tin, ảnh", "Hoàng Văn Dũng (TPT Đội)")],
        },
    ),
    Story(
        240,
        "dai-hoi-chi-doan-giao-vien-nhiem-ky-2026-2027",
        "Đại hội Chi đoàn giáo viên nhiệm kỳ 2026-2027",
        "doan-doi",
        None,
        [
            _lead(240, "Ban Chấp hành Chi đoàn nhiệm kỳ 2026-2027 ra mắt đại hội", "Ban Chấp hành Chi đoàn nhiệm kỳ 2026-2027 ra mắt đại hội"),
            P(
                "Chi đoàn giáo viên Trường THCS Lê Quý Đôn vừa tổ chức Đại hội nhiệm kỳ 2026-2027 với "
                "sự tham dự của 18 đoàn viên."
            ),
            P(
                "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, đề ra phương hướng "
                "hoạt động, trong đó chú trọng phong trào \u201cTuổi trẻ sáng tạo\u201d và hỗ trợ "
                "học sinh khó khăn."
            ),
            P("Đại hội đã bầu Ban Chấp hành gồm 3 đồng chí; đồng chí Ngô Thanh Tùng được bầu làm Bí thư Chi đoàn."),
        ],
        summary=(
            "Chi đoàn giáo viên Trường THCS Lê Quý Đôn vừa tổ chức Đại hội nhiệm kỳ 2026-2027 với "
            "sự tham dự của 18 đoàn viên."
        ),
        opts={"created": "2026-11-10 15:00", "mod": "2026-11-11 08:30"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the "Tin xem nhiều" module (non-SEF links)
MOST_READ = [245, 241, 240, 236]
TAGS = {"Ngày Nhà giáo Việt Nam": [250, 245], "Đổi mới phương pháp": [246, 241]}


def cat_items(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.opts["created"], reverse=True)


def item_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/item/{s.id}-{s.slug}.html"


def print_path(s: Story) -> str:
    return item_path(s) + "?tmpl=component&print=1"


def nonsef_path(s: Story) -> str:
    return f"/index.php?option=com_k2&view=item&id={s.id}:{s.slug}&Itemid=105"


def tag_path(tag: str) -> str:
    return "/tin-tuc/itemlist/tag/" + quote(tag) + ".html"


def att_path(s: Story) -> str:
    name = s.opts["att"][0]
    return f"/tin-tuc/{s.cat}/item/download/{s.id % 50}_{hashlib.md5(name.encode()).hexdigest()}.html"


# ---- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu.html", [("Giới thiệu chung", "/gioi-thieu.html"), ("Đội ngũ giáo viên", "/doi-ngu-giao-vien.html")]),
    ("Tin tức", "/tin-tuc.html", [(CATS[c], f"/tin-tuc/{c}.html") for c in CATS]),
    ("Thời khóa biểu", "/thoi-khoa-bieu.html", []),
    ("Văn bản", "/van-ban.html", []),
    ("Thư viện ảnh", "/thu-vien-anh.html", []),
    ("Liên hệ", "/lien-he.html", []),
]

EMAIL_CLOAK = (
    "<script type='text/javascript'>\n <!--\n var prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
    " var path = 'hr' + 'ef' + '=';\n var addy48213 = 'c2l&#101;q&#117;yd&#111;nbl' + '&#64;';\n"
    " addy48213 = addy48213 + 'l&#97;md&#111;ng' + '&#46;' + '&#101;d&#117;' + '&#46;' + 'vn';\n"
    " document.write('<a ' + path + '\\'' + prefix + ':' + addy48213 + '\\'>');\n"
    " document.write(addy48213);\n document.write('<\\/a>');\n //-->\n </script>"
    "<script type='text/javascript'>\n <!--\n document.write('<span style=\\'display: none;\\'>');\n"
    " //-->\n </script>Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn cần kích "
    "hoạt JavaScript để xem nó.\n <script type='text/javascript'>\n <!--\n document.write('</');\n"
    " document.write('span>');\n //-->\n </script>"
)


def _menu_html(active: str) -> str:
    out = ['<ul id="ja-cssmenu" class="clearfix">']
    for i, (label, href, subs) in enumerate(MENU):
        cls = [f"menu-item{i}"]
        if subs:
            cls.append("havechild")
        if href == active:
            cls.append("active")
        out.append(f'<li class="{" ".join(cls)}"><a href="{href}" class="menu-item{i}" id="menu{101 + i}" '
                   f'title="{esc(label)}"><span class="menu-title">{esc(label)}</span></a>')
        if subs:
            out.append("<ul>")
            for j, (sl, sh) in enumerate(subs):
                out.append(f'<li class="menu-item{j}"><a href="{sh}" id="menu{120 + i * 5 + j}">'
                           f'<span class="menu-title">{esc(sl)}</span></a></li>')
            out.append("</ul>")
        out.append("</li>")
    out.append("</ul>")
    return "".join(out)


def _sidebar_left() -> str:
    most = "".join(
        f'<li><a class="moduleItemTitle" href="{esc(nonsef_path(BY_ID[i]))}">{esc(BY_ID[i].title)}</a>'
        f' <span class="moduleItemHits">({BY_ID[i].views()})</span></li>'
        for i in MOST_READ
    )
    return f"""
<div id="ja-col1"><div class="ja-innerpad">
<div class="moduletable_menu"><h3><span>Danh mục</span></h3>
<ul class="menu"><li class="item-131"><a href="/tin-tuc.html">Tin tức</a><ul>
{"".join(f'<li><a href="/tin-tuc/{c}.html">{esc(n)}</a></li>' for c, n in CATS.items())}
</ul></li><li><a href="/van-ban.html">Văn bản - Biểu mẫu</a></li>
<li><a href="/thoi-khoa-bieu.html">Thời khóa biểu</a></li></ul></div>
<div class="moduletable_xn"><h3><span>Tin xem nhiều</span></h3>
<div id="k2ModuleBox112" class="k2ItemsBlock _xn"><ul>{most}</ul></div></div>
<div class="moduletable"><h3><span>Liên kết website</span></h3>
<select name="lienket" onchange="if(this.value!='')window.open(this.value)" style="width:95%">
<option value="">-- Chọn liên kết --</option>
<option value="http://www.moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="http://sgddt.lamdong.gov.vn">Sở GD&amp;ĐT Lâm Đồng</option>
<option value="http://baoloc.lamdong.gov.vn">UBND thành phố Bảo Lộc</option></select></div>
</div></div>"""


def _sidebar_right() -> str:
    return """
<div id="ja-col2"><div class="ja-innerpad">
<div class="moduletable"><h3><span>Hiệu trưởng</span></h3>
<p style="text-align:center"><img src="/images/banners/hieu-truong.jpg" width="150" alt="Hiệu trưởng" /><br />
<strong>Nguyễn Đức Thịnh</strong><br />ĐT: 0263 3864 215</p></div>
<div class="moduletable"><h3><span>Thông báo</span></h3>
<marquee direction="up" scrollamount="2" height="120" onmouseover="this.stop()" onmouseout="this.start()">
<p>- Cha mẹ học sinh xem thời khóa biểu học kỳ I tại mục Thời khóa biểu.</p>
<p>- Lịch họp cha mẹ học sinh cuối học kỳ I: 8h00 ngày 10/01/2027.</p></marquee></div>
<div class="moduletable"><h3><span>Thống kê truy cập</span></h3>
<div class="vinaora_visitors_counter"><table class="vvc_table"><tbody>
<tr><td><img src="/modules/mod_vvisit_counter/images/tvisitor.png" alt="" /></td><td>Hôm nay</td><td align="right">245</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/yvisitor.png" alt="" /></td><td>Hôm qua</td><td align="right">388</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/mvisitor.png" alt="" /></td><td>Tháng này</td><td align="right">1.904</td></tr>
<tr><td><img src="/modules/mod_vvisit_counter/images/avisitor.png" alt="" /></td><td>Tổng truy cập</td><td align="right">1.234.567</td></tr>
</tbody></table><div>Đang online: 12</div></div></div>
<div class="moduletable"><h3><span>Quảng cáo</span></h3>
<a href="http://hocmai.vn" target="_blank"><img src="/images/banners/hoc-truc-tuyen.gif" width="180" alt="Học trực tuyến" /></a></div>
</div></div>"""


def page(title: str, content: str, *, active: str = "", trail: list[tuple[str, str | None]] = (),
         desc: str = "") -> str:
    crumbs = ['<a href="/" class="pathway">Trang chủ</a>']
    for label, href in trail:
        crumbs.append(f'<a href="{href}" class="pathway">{esc(label)}</a>' if href else esc(label))
    pathway = ' <img src="/templates/ja_purity_ii/images/arrow.png" alt="" /> '.join(crumbs)
    meta = f'<meta name="description" content="{esc(desc)}" />\n' if desc else (
        '<meta name="description" content="Website Trường THCS Lê Quý Đôn, thành phố Bảo Lộc, tỉnh Lâm Đồng" />\n'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THCS Lê Quý Đôn, Bảo Lộc, Lâm Đồng" />
{meta}<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/ja_purity_ii/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/components/com_k2/css/k2.css" type="text/css" />
<link rel="stylesheet" href="/templates/ja_purity_ii/css/template.css" type="text/css" />
<script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
<script src="/components/com_k2/js/k2.js?v2.6.9&amp;sitepath=/" type="text/javascript"></script>
</head>
<body id="bd" class="fs3 Moz">
<a name="Top" id="Top"></a>
<div id="ja-wrapper">
<div id="ja-header" class="wrap"><div class="main clearfix">
<h1 class="logo"><a href="/" title="{esc(SITE_NAME)}"><img src="/templates/ja_purity_ii/images/logo-lqd.png" alt="{esc(SITE_NAME)}" /></a></h1>
<div class="ja-date">{HEADER_TODAY}</div>
<div id="ja-search"><form action="/tin-tuc/itemlist/search.html" method="get" class="k2SearchBlockForm">
<input type="text" value="Tìm kiếm..." name="searchword" maxlength="20" size="20" class="inputbox"
 onblur="if(this.value=='') this.value='Tìm kiếm...';" onfocus="if(this.value=='Tìm kiếm...') this.value='';" />
<input type="hidden" name="categories" value="" /><input type="hidden" name="format" value="html" />
<input type="hidden" name="t" value="" /><input type="hidden" name="tpl" value="search" />
</form></div>
</div></div>
<div id="ja-mainnav" class="wrap"><div class="main clearfix">{_menu_html(active)}</div></div>
<div id="ja-pathway" class="wrap"><div class="main clearfix"><strong>Bạn đang ở: </strong>{pathway}</div></div>
<div id="ja-container" class="wrap ja-r1 ja-l1"><div class="main clearfix">
<div id="ja-mainbody" style="width:57%"><div id="ja-main" style="width:100%"><div class="inner clearfix">
<div id="system-message-container"></div>
<div id="ja-contentwrap"><div id="ja-content">
{content}
</div></div>
</div></div></div>
{_sidebar_left()}
{_sidebar_right()}
</div></div>
<div id="ja-footer" class="wrap"><div class="main clearfix">
<ul class="menu"><li><a href="/gioi-thieu.html">Giới thiệu</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul>
<div class="ja-copyright"><p><strong>TRƯỜNG THCS LÊ QUÝ ĐÔN - THÀNH PHỐ BẢO LỘC</strong><br />
Địa chỉ: Số 12 đường Lê Thị Pha, phường 1, thành phố Bảo Lộc, tỉnh Lâm Đồng<br />
Điện thoại: 0263 3864 215 - Email: {EMAIL_CLOAK}<br />
Copyright &copy; 2012 - 2026. Thiết kế bởi <a href="http://www.joomlart.com" target="_blank">JoomlArt</a>.</p></div>
<small>Joomla! là phần mềm tự do được phát hành theo giấy phép GNU/GPL.</small>
</div></div>
</div>
</body>
</html>"""


# ---- K2 item view ---------------------------------------------------------------------------


def _img_inline(img: Img) -> str:
    if img.style == "table":
        return (
            '<table class="mceItemTable" border="0" cellpadding="2" cellspacing="0" align="center" '
            'style="margin-left:auto;margin-right:auto;"><tbody>'
            f'<tr><td><img src="{img.src}" width="500" height="333" alt="{esc(img.src.rsplit("/", 1)[1][:-4])}" '
            'style="border:0;" /></td></tr>'
            f'<tr><td style="text-align:center;"><span style="font-size:10pt;"><em>{esc(img.printed or "")}'
            "</em></span></td></tr></tbody></table>"
        )
    out = f'<p style="text-align: center;"><img src="{img.src}" width="520" alt="" /></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em><span style="font-size: 10pt;">{esc(img.printed)}</span></em></p>'
    return out


def _body_html(s: Story, blocks: list) -> str:
    legacy = s.opts.get("legacy")
    out: list[str] = []
    paras = list(blocks)
    i = 0
    while i < len(paras):
        b = paras[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_inline(b))
        elif " | " in b.text:
            rows = []
            while i < len(paras) and isinstance(paras[i], P) and " | " in paras[i].text:
                cells = paras[i].text.split(" | ")
                tag = "th" if not rows else "td"
                rows.append("<tr>" + "".join(f'<{tag} style="border:1px solid #999;">{esc(c)}</{tag}>'
                                            for c in cells) + "</tr>")
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="width:90%;border-collapse:'
                       'collapse;"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.text.startswith("- "):
            # the editor typed "- " before each line, in one <p> with <br />s
            lines = []
            while i < len(paras) and isinstance(paras[i], P) and paras[i].text.startswith("- "):
                lines.append(text(paras[i].text))
                i += 1
            out.append('<p style="margin-left: 30px;">' + "<br />\n".join(lines) + "</p>")
            continue
        else:
            if b.style == "br" and i + 1 < len(paras) and isinstance(paras[i + 1], P):
                t = text(b.text, entities=1 if legacy else 0) + "<br />\n" + text(
                    paras[i + 1].text, entities=1 if legacy else 0)
                out.append(f'<p style="text-align: justify;">{t}</p>')
                i += 2
                continue
            out.append(f'<p style="text-align: justify;">{text(b.text, entities=1 if legacy else 0)}</p>')
        i += 1
    return "\n".join(out)


def _split(s: Story) -> tuple[Img | None, list, list]:
    """(K2 image, intro blocks, fulltext blocks)."""
    blocks = list(s.blocks)
    lead = None
    if blocks and isinstance(blocks[0], Img) and blocks[0].style.startswith("k2:"):
        lead = blocks.pop(0)
    if s.opts.get("intro_only"):
        return lead, blocks, []
    first = next(i for i, b in enumerate(blocks) if isinstance(b, P))
    return lead, blocks[: first + 1], blocks[first + 1 :]


def _comments(s: Story) -> str:
    items = s.opts.get("comments", [])
    parts = ['<div class="itemComments">']
    if items:
        parts.append(f'<h3 class="itemCommentsCounter"><span>{len(items)}</span> bình luận</h3><ul class="itemCommentsList">')
        for n, (who, when, body) in enumerate(items):
            cid = s.id * 10 + n
            parts.append(
                f'<li class="{"even" if n % 2 == 0 else "odd"}"><span class="commentLink">'
                f'<a href="#comment{cid}" name="comment{cid}" id="comment{cid}">Đường dẫn bình luận</a></span>'
                f'<span class="commentDate">{k2date(when)}</span>'
                f'<span class="commentAuthorName"> đăng bởi {esc(who)}</span><p>{esc(body)}</p>'
                '<div class="clr"></div></li>'
            )
        parts.append("</ul>")
    parts.append(
        '<div class="itemCommentsForm"><h3>Gửi bình luận</h3>'
        '<p class="itemCommentsFormNotes">Hãy chắc chắn rằng bạn đã điền các thông tin được yêu cầu, được đánh dấu '
        "bằng dấu sao (*). Mã HTML không được chấp nhận.</p>"
        '<form action="/index.php" method="post" id="comment-form" class="form-validate">'
        '<label class="formComment" for="commentText">Nội dung bình luận *</label>'
        '<textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>'
        '<label class="formName" for="userName">Tên *</label><input class="inputbox" type="text" name="userName" id="userName" value="" />'
        '<label class="formEmail" for="commentEmail">Email *</label><input class="inputbox" type="text" name="commentEmail" id="commentEmail" value="" />'
        '<input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận" />'
        '<input type="hidden" name="option" value="com_k2" /><input type="hidden" name="view" value="item" />'
        f'<input type="hidden" name="task" value="comment" /><input type="hidden" name="itemID" value="{s.id}" />'
        '<input type="hidden" name="8f2b3c1e0a9d4e5f6a7b8c9d0e1f2a3b" value="1" /></form></div></div>'
    )
    return "".join(parts)


def item_content(s: Story, *, printing: bool = False) -> str:
    lead, intro, full = _split(s)
    hide = s.cat in HIDE_DATE
    head = ['<div class="itemHeader">']
    if not hide:
        head.append(f'<span class="itemDateCreated">{k2date(s.opts["created"])}</span>')
    head.append(f'<h2 class="itemTitle">{esc(s.title)}</h2>')
    head.append('<span class="itemAuthor">Viết bởi <a rel="author" href="/tin-tuc/itemlist/user/62-quantri.html">'
                "quantri</a></span></div>")
    if printing:
        tools = ('<div class="itemToolbar"><ul><li><a class="itemPrintThisPage" rel="nofollow" href="#" '
                 'onclick="window.print();return false;"><span>In trang này</span></a></li></ul></div>')
    else:
        tools = (
            '<div class="itemToolbar"><ul>'
            '<li><span class="itemTextResizerTitle">cỡ chữ</span> <a href="#" id="fontDecrease">'
            '<span>giảm cỡ chữ</span><img src="/components/com_k2/images/system/blank.gif" alt="giảm cỡ chữ" /></a>'
            ' <a href="#" id="fontIncrease"><span>tăng cỡ chữ</span>'
            '<img src="/components/com_k2/images/system/blank.gif" alt="tăng cỡ chữ" /></a></li>'
            f'<li><a class="itemPrintLink" rel="nofollow" href="{esc(print_path(s))}" '
            "onclick=\"window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,"
            "resizable=yes,scrollbars=yes'); return false;\"><span>In</span></a></li>"
            '<li><a class="itemEmailLink" rel="nofollow" href="#" onclick="window.open(\'/component/mailto/'
            f"?tmpl=component&amp;template=ja_purity_ii&amp;link={s.id}','emailWindow','width=400,height=350');"
            'return false;"><span>E-mail</span></a></li></ul><div class="clr"></div></div>'
            f'<div class="itemRatingBlock"><span>Đánh giá bài này</span><div class="itemRatingForm">'
            f'<ul class="itemRatingList"><li class="itemCurrentRating" id="itemCurrentRating{s.id}" style="width:0%;"></li>'
            + "".join(f'<li><a href="#" rel="{s.id}" title="{n} sao trên 5" class="{w}-star">{n}</a></li>'
                      for n, w in enumerate(["one", "two", "three", "four", "five"], 1))
            + f'</ul><div id="itemRatingLog{s.id}" class="itemRatingLog">(0 bình chọn)</div>'
            '<div class="clr"></div></div><div class="clr"></div></div>'
        )
    body = ['<div class="itemBody">']
    if lead is not None:
        credits = lead.style[3:]
        body.append(
            '<div class="itemImageBlock"><span class="itemImage">'
            f'<a class="modal" rel="{{handler: \'image\'}}" href="{k2img(s.id, "XL")}" title="Nhấn để xem ảnh lớn">'
            f'<img src="{lead.src}" alt="{esc(lead.printed or s.title)}" style="width:600px; height:auto;" /></a></span>'
            + (f'<span class="itemImageCaption">{esc(lead.printed)}</span>' if lead.printed else "")
            + (f'<span class="itemImageCredits">{esc(credits)}</span>' if credits else "")
            + '<div class="clr"></div></div>'
        )
    body.append(f'<div class="itemIntroText">\n{_body_html(s, intro)}\n</div>')
    if full:
        body.append(f'<div class="itemFullText">\n{_body_html(s, full)}\n</div>')
    xf = s.opts.get("xf")
    if xf:
        lis = "".join(
            f'<li class="{"even" if n % 2 == 0 else "odd"} typeTextfield group1">'
            f'<span class="itemExtraFieldsLabel">{esc(label)}:</span>'
            f'<span class="itemExtraFieldsValue">{esc(value)}</span></li>'
            for n, (label, value) in enumerate(xf)
        )
        body.append(f'<div class="itemExtraFields"><h3>Thông tin thêm</h3><ul>{lis}</ul><div class="clr"></div></div>')
    body.append(f'<div class="itemDateModified">Lần cập nhật cuối ngày {k2date(s.opts["mod"])}</div>')
    body.append('<div class="clr"></div></div>')
    if printing:
        return ('<div id="k2Container" class="itemView">' + "".join(head) + tools + "".join(body) + "</div>")
    links = ['<div class="itemLinks">',
             f'<div class="itemCategory"><span>Đăng trong</span> <a href="/tin-tuc/{s.cat}.html">{esc(CATS[s.cat])}</a></div>']
    if s.opts.get("tags"):
        links.append('<div class="itemTagsBlock"><span>Được gắn thẻ</span><ul class="itemTags">'
                     + "".join(f'<li><a href="{tag_path(t)}">{esc(t)}</a></li>' for t in s.opts["tags"])
                     + '</ul><div class="clr"></div></div>')
    if s.opts.get("att"):
        name, hits = s.opts["att"]
        links.append('<div class="itemAttachmentsBlock"><span>Tải tập tin đính kèm</span><ul class="itemAttachments">'
                     f'<li><a title="{esc(name)}" href="{att_path(s)}">{esc(name)}</a>'
                     f'<span>(Tải về {hits} lần)</span></li></ul></div>')
    links.append('<div class="clr"></div></div>')
    related = ""
    if s.opts.get("tags"):
        others = [BY_ID[i] for t in s.opts["tags"] for i in TAGS[t] if i != s.id]
        if others:
            related = ('<div class="itemRelated"><h3>Bài viết liên quan (theo thẻ)</h3><ul>' + "".join(
                f'<li class="{"even" if n % 2 == 0 else "odd"}"><a class="itemRelTitle" href="{item_path(o)}">'
                f'{esc(o.title)}</a> <span class="itemRelDate">'
                f'{k2date(o.opts["created"]) if o.cat not in HIDE_DATE else ""}</span></li>'
                for n, o in enumerate(others)) + '<li class="clr"></li></ul><div class="clr"></div></div>')
    hits = (f'<div class="itemHitsTwitter"><span class="itemHits">Đã xem <b>{s.views()}</b> lần</span>'
            '<div class="clr"></div></div>')
    newest = [o for o in cat_items(s.cat)[:3] if o.id != s.id]
    more = ('<div class="itemAuthorLatest"><h3>Bài mới cùng chuyên mục</h3><ul>' + "".join(
        f'<li><a href="{item_path(o)}">{esc(o.title)}</a></li>' for o in newest) + "</ul></div>")
    return (f'<span id="startOfPageId{s.id}"></span><div id="k2Container" class="itemView">'
            + "".join(head) + tools + "".join(body) + "".join(links) + related + hits + more
            + _comments(s) + f'<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId{s.id}">'
            "về đầu trang</a></div></div>")


def item_page(s: Story) -> str:
    intro = next(b for b in s.blocks if isinstance(b, P)).text
    return page(f"{s.title} - {SITE_NAME}", item_content(s), active="/tin-tuc.html",
                trail=[("Tin tức", "/tin-tuc.html"), (CATS[s.cat], f"/tin-tuc/{s.cat}.html"), (s.title, None)],
                desc=" ".join(intro.split()[:30]))


def print_page(s: Story) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(s.title)} - {esc(SITE_NAME)}</title>
<link rel="stylesheet" href="/components/com_k2/css/k2.css" type="text/css" />
</head><body class="contentpane">
<div id="system-message-container"></div>
{item_content(s, printing=True)}
</body></html>"""


# ---- K2 category listings ------------------------------------------------------------------


def _cat_url(cat: str, page_no: int, form: str) -> str:
    if page_no == 1:
        return f"/tin-tuc/{cat}.html" + ("?limitstart=0" if form == "start" else "")
    if form == "sef":
        return f"/tin-tuc/{cat}/Page-{page_no}.html"
    return f"/tin-tuc/{cat}.html?start={(page_no - 1) * PER_PAGE}"


def _intro_words(s: Story, limit: int | None) -> str:
    _, intro, _ = _split(s)
    paras = [b.text for b in intro if isinstance(b, P)]
    if limit is None:
        return "".join(f"<p>{esc(t)}</p>" for t in paras)
    words = " ".join(paras).split()
    return f"<p>{esc(' '.join(words[:limit]))}…</p>" if len(words) > limit else f"<p>{esc(' '.join(words))}</p>"


def _cat_item(s: Story, kind: str) -> str:
    lead = s.blocks[0] if isinstance(s.blocks[0], Img) and s.blocks[0].style.startswith("k2:") else None
    size = "M" if kind == "Leading" else "S"
    img = (f'<div class="catItemImageBlock"><span class="catItemImage"><a href="{item_path(s)}" title="{esc(s.title)}">'
           f'<img src="{k2img(s.id, size)}" alt="{esc(s.title)}" style="width:{300 if size == "M" else 120}px; height:auto;" />'
           "</a></span><div class=\"clr\"></div></div>") if lead else ""
    date = "" if s.cat in HIDE_DATE else f'<span class="catItemDateCreated">{k2date(s.opts["created"])}</span>'
    return (f'<div class="catItemView group{kind}"><div class="catItemHeader">{date}'
            f'<h3 class="catItemTitle"><a href="{item_path(s)}">{esc(s.title)}</a></h3></div>'
            f'<div class="catItemBody">{img}<div class="catItemIntroText">'
            f'{_intro_words(s, None if kind == "Leading" else 25)}</div><div class="clr"></div></div>'
            f'<div class="clr"></div><div class="catItemReadMore"><a class="k2ReadMore" href="{item_path(s)}">'
            "Đọc thêm...</a></div><div class=\"clr\"></div></div>")


def listing_content(cat: str, page_no: int) -> str | None:
    items = cat_items(cat)
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page_no <= pages:
        return None
    chunk = items[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    out = [f'<div id="k2Container" class="itemListView"><div class="itemListCategoriesBlock">'
           f'<div class="itemListCategory"><h2>{esc(CATS[cat])}</h2><p>{esc(CAT_DESC[cat])}</p>'
           '<div class="clr"></div></div></div><div class="itemList">']
    if chunk:
        out.append('<div id="itemListLeading"><div class="itemContainer itemContainerLast" style="width:100.0%;">'
                   + _cat_item(chunk[0], "Leading") + '</div><div class="clr"></div></div>')
    prim = chunk[1:3]
    if prim:
        out.append('<div id="itemListPrimary">' + "".join(
            f'<div class="itemContainer{" itemContainerLast" if n == len(prim) - 1 else ""}" style="width:50.0%;">'
            + _cat_item(s, "Primary") + "</div>" for n, s in enumerate(prim)) + '<div class="clr"></div></div>')
    links = chunk[3:]
    if links:
        out.append('<div id="itemListLinks"><h4>Thêm bài viết...</h4><div class="itemContainer" style="width:100.0%;">'
                   '<div class="catItemView groupLinks"><ul>' + "".join(
                       f'<li><a href="{item_path(s)}">{esc(s.title)}</a></li>' for s in links)
                   + "</ul></div></div></div>")
    out.append("</div>")
    if pages > 1:
        nav = ['<div class="k2Pagination"><ul>']
        if page_no == 1:
            nav.append('<li class="pagination-start"><span class="pagenav">Đầu</span></li>'
                       '<li class="pagination-prev"><span class="pagenav">Trước</span></li>')
        else:
            nav.append(f'<li class="pagination-start"><a title="Đầu" href="{_cat_url(cat, 1, "start")}" class="pagenav">Đầu</a></li>'
                       f'<li class="pagination-prev"><a title="Trước" href="{_cat_url(cat, page_no - 1, "start")}" class="pagenav">Trước</a></li>')
        for n in range(1, pages + 1):
            if n == page_no:
                nav.append(f'<li><span class="pagenav">{n}</span></li>')
            else:
                nav.append(f'<li><a title="{n}" href="{_cat_url(cat, n, "sef")}" class="pagenav">{n}</a></li>')
        if page_no == pages:
            nav.append('<li class="pagination-next"><span class="pagenav">Tiếp</span></li>'
                       '<li class="pagination-end"><span class="pagenav">Cuối</span></li>')
        else:
            nav.append(f'<li class="pagination-next"><a title="Tiếp" href="{_cat_url(cat, page_no + 1, "start")}" class="pagenav">Tiếp</a></li>'
                       f'<li class="pagination-end"><a title="Cuối" href="{_cat_url(cat, pages, "start")}" class="pagenav">Cuối</a></li>')
        nav.append(f'</ul><div class="clr"></div>Trang {page_no} của {pages}</div>')
        out.append("".join(nav))
    out.append("</div>")
    return "".join(out)


def listing_page(cat: str, page_no: int) -> str | None:
    content = listing_content(cat, page_no)
    if content is None:
        return None
    title = CATS[cat] + (f" - Trang {page_no}" if page_no > 1 else "")
    return page(f"{title} - {SITE_NAME}", content, active="/tin-tuc.html",
                trail=[("Tin tức", "/tin-tuc.html"), (CATS[cat], None)])


def parent_page() -> str:
    blocks = "".join(
        f'<div class="subCategoryContainer" style="width:33.3%;"><div class="subCategory">'
        f'<h2><a href="/tin-tuc/{c}.html">{esc(n)}&nbsp;({len(cat_items(c))})</a></h2>'
        f"<p>{esc(CAT_DESC[c])}</p>"
        f'<a class="subCategoryMore" href="/tin-tuc/{c}.html">Xem các bài viết...</a>'
        '<div class="clr"></div></div></div>'
        for c, n in CATS.items()
    )
    content = ('<div id="k2Container" class="itemListView"><div class="itemListCategoriesBlock">'
               '<div class="itemListCategory"><h2>Tin tức</h2><div class="clr"></div></div>'
               f'<div class="itemListSubCategories"><h3>Chuyên mục con</h3>{blocks}<div class="clr"></div></div>'
               "</div></div>")
    return page(f"Tin tức - {SITE_NAME}", content, active="/tin-tuc.html", trail=[("Tin tức", None)])


def tag_page(tag: str) -> str:
    items = [BY_ID[i] for i in TAGS[tag]]
    lis = "".join(
        '<div class="tagItemView"><div class="tagItemHeader">'
        + ("" if s.cat in HIDE_DATE else f'<span class="tagItemDateCreated">{k2date(s.opts["created"])}</span>')
        + f'<h2 class="tagItemTitle"><a href="{item_path(s)}">{esc(s.title)}</a></h2></div>'
        f'<div class="tagItemBody"><div class="tagItemIntroText">{_intro_words(s, 20)}</div></div>'
        f'<div class="tagItemCategory"><span>Đăng trong</span> <a href="/tin-tuc/{s.cat}.html">{esc(CATS[s.cat])}</a></div>'
        f'<div class="tagItemReadMore"><a class="k2ReadMore" href="{item_path(s)}">Đọc thêm...</a></div></div>'
        for s in items
    )
    content = f'<div id="k2Container" class="tagView"><div class="tagItemList">{lis}</div></div>'
    return page(f"Hiển thị các bài viết theo thẻ: {tag} - {SITE_NAME}", content, trail=[(tag, None)])


def search_page(word: str) -> str:
    word = word if word != "Tìm kiếm..." else ""
    hits = [s for s in STORIES if word and word.lower() in s.title.lower()]
    lis = "".join(f'<div class="genericItemView"><h2 class="genericItemTitle"><a href="{item_path(s)}">'
                  f"{esc(s.title)}</a></h2></div>" for s in hits)
    content = (f'<div id="k2Container" class="genericView"><div class="genericItemList">'
               f"<h2>Kết quả tìm kiếm cho: {esc(word)}</h2>"
               f'{lis or "<p>Không tìm thấy bài viết nào.</p>"}</div></div>')
    return page(f"Tìm kiếm - {SITE_NAME}", content, trail=[("Tìm kiếm", None)])


# ---- home and the plain pages ----------------------------------------------------------------


def home_page() -> str:
    latest = sorted(STORIES, key=lambda s: s.opts["created"], reverse=True)[:5]
    first, rest = latest[0], latest[1:]
    rows = "".join(
        f'<li class="{"even" if n % 2 == 0 else "odd"}"><a class="moduleItemTitle" href="{item_path(s)}">{esc(s.title)}</a>'
        + ("" if s.cat in HIDE_DATE else f' <span class="moduleItemDateCreated">{k2date(s.opts["created"])}</span>')
        + "</li>"
        for n, s in enumerate(rest)
    )
    content = f"""
<div class="moduletable_tinmoi"><h3><span>Tin mới</span></h3>
<div id="k2ModuleBox98" class="k2ItemsBlock _tinmoi"><ul>
<li class="even lastItem"><a class="moduleItemTitle" href="{item_path(first)}">{esc(first.title)}</a>
<span class="moduleItemDateCreated">{k2date(first.opts["created"])}</span>
<div class="moduleItemIntrotext">{_intro_words(first, 40)}</div>
<a class="moduleItemReadMore" href="{item_path(first)}">Đọc thêm...</a></li>
{rows}</ul>
<a class="moduleCustomLink" href="/tin-tuc/tin-tuc-su-kien.html" title="Xem tất cả">Xem tất cả</a></div></div>
<div class="moduletable"><h3><span>Chào mừng</span></h3>
<p>Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với website Trường THCS Lê Quý Đôn,
thành phố Bảo Lộc. Năm học 2026-2027, nhà trường có 32 lớp với 1.280 học sinh.</p></div>"""
    return page(SITE_NAME, content, active="/")


PAGES = {
    "/gioi-thieu.html": ("Giới thiệu chung", """
<div class="item-page"><h2>Giới thiệu chung</h2>
<dl class="article-info"><dt class="article-info-term">Chi tiết</dt>
<dd class="hits">Lượt truy cập: 15230</dd></dl>
<p>Trường THCS Lê Quý Đôn được thành lập năm 1994 trên cơ sở tách ra từ Trường PTCS Bảo Lộc. Trải qua hơn
30 năm xây dựng và phát triển, nhà trường luôn là một trong những đơn vị dẫn đầu ngành giáo dục thành phố.</p>
<p>Năm học 2026-2027, trường có 32 lớp, 1.280 học sinh, 68 cán bộ, giáo viên, nhân viên; trường đạt chuẩn
quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<p><img src="/images/stories/gioi-thieu/toan-canh-truong.jpg" width="500" alt="Toàn cảnh trường" /></p></div>"""),
    "/doi-ngu-giao-vien.html": ("Đội ngũ giáo viên", """
<div class="item-page"><h2>Đội ngũ giáo viên</h2>
<table border="1" cellpadding="4" style="border-collapse:collapse"><tbody>
<tr><th>Tổ chuyên môn</th><th>Tổ trưởng</th><th>Số giáo viên</th></tr>
<tr><td>Toán - Tin</td><td>Lê Thị Mai</td><td>12</td></tr>
<tr><td>Ngữ văn</td><td>Nguyễn Thị Kim Oanh</td><td>10</td></tr>
<tr><td>Khoa học tự nhiên</td><td>Lê Thị Thu Hà</td><td>11</td></tr>
<tr><td>Ngoại ngữ</td><td>Phan Văn Lực</td><td>8</td></tr></tbody></table></div>"""),
    "/thoi-khoa-bieu.html": ("Thời khóa biểu", """
<div class="item-page"><h2>Thời khóa biểu học kỳ I năm học 2026-2027</h2>
<p>Thời khóa biểu áp dụng từ ngày 07/9/2026.</p>
<p><a href="/images/stories/tkb/tkb-hk1-2026-2027.pdf" target="_blank">Tải thời khóa biểu (PDF)</a></p>
<table border="1" cellpadding="3" style="border-collapse:collapse"><tbody>
<tr><th>Tiết</th><th>Thứ 2</th><th>Thứ 3</th><th>Thứ 4</th></tr>
<tr><td>1</td><td>Chào cờ</td><td>Toán</td><td>Ngữ văn</td></tr>
<tr><td>2</td><td>Toán</td><td>Tiếng Anh</td><td>KHTN</td></tr></tbody></table></div>"""),
    "/van-ban.html": ("Văn bản", """
<div id="phoca-dl-category-box" class="pd-category-view"><h3>Văn bản - Biểu mẫu</h3>
<div class="pd-filebox"><div class="pd-filename"><div class="pd-document16"><div class="pd-float">
<a href="/images/phocadownload/ke-hoach-nam-hoc-2026-2027.pdf">Kế hoạch năm học 2026-2027</a></div></div></div>
<div class="pd-fdesc">Ngày đăng: 05/09/2026 - Lượt tải: 312</div></div>
<div class="pd-filebox"><div class="pd-filename"><div class="pd-document16"><div class="pd-float">
<a href="/images/phocadownload/quy-che-chi-tieu-noi-bo-2026.pdf">Quy chế chi tiêu nội bộ năm 2026</a></div></div></div>
<div class="pd-fdesc">Ngày đăng: 20/01/2026 - Lượt tải: 97</div></div></div>"""),
    "/thu-vien-anh.html": ("Thư viện ảnh", """
<div id="phocagallery" class="pg-category-view"><h2>Thư viện ảnh</h2>
<div class="phocagallery-box-file"><center><div class="phocagallery-box-file-first"><div class="phocagallery-box-file-second">
<a class="pg-modal-button" href="/images/phocagallery/20-11/thumbs/phoca_thumb_l_le-20-11-1.jpg">
<img src="/images/phocagallery/20-11/thumbs/phoca_thumb_m_le-20-11-1.jpg" alt="Lễ 20/11" width="100" height="100" /></a>
</div></div></center><div class="phocaname">Lễ 20/11/2026</div></div>
<div class="phocagallery-box-file"><center><div class="phocagallery-box-file-first"><div class="phocagallery-box-file-second">
<a class="pg-modal-button" href="/images/phocagallery/hkpd/thumbs/phoca_thumb_l_hkpd-1.jpg">
<img src="/images/phocagallery/hkpd/thumbs/phoca_thumb_m_hkpd-1.jpg" alt="Hội khỏe" width="100" height="100" /></a>
</div></div></center><div class="phocaname">Hội khỏe Phù Đổng 2026</div></div></div>"""),
    "/lien-he.html": ("Liên hệ", f"""
<div class="contact"><h2><span class="contact-name">Trường THCS Lê Quý Đôn</span></h2>
<div class="contact-address"><address>Số 12 đường Lê Thị Pha, phường 1<br />thành phố Bảo Lộc, tỉnh Lâm Đồng</address></div>
<p>Điện thoại: 0263 3864 215</p><p>Email: {EMAIL_CLOAK}</p>
<form id="contact-form" action="/lien-he.html" method="post" class="form-validate">
<fieldset><legend>Gửi thư cho chúng tôi</legend>
<label for="jform_contact_name">Họ tên *</label><input type="text" name="jform[contact_name]" id="jform_contact_name" />
<label for="jform_contact_message">Nội dung *</label><textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea>
<button class="button validate" type="submit">Gửi thư</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
</fieldset></form></div>"""),
}

MENU_ACTIVE = {"/doi-ngu-giao-vien.html": "/gioi-thieu.html"}


def plain_page(path: str) -> str:
    title, content = PAGES[path]
    trail = [("Giới thiệu", "/gioi-thieu.html"), (title, None)] if path == "/doi-ngu-giao-vien.html" else [(title, None)]
    return page(f"{title} - {SITE_NAME}", content, active=MENU_ACTIVE.get(path, path), trail=trail)


# ---- routing ----------------------------------------------------------------------------------

_ITEM = re.compile(r"^/tin-tuc/([a-z-]+)/item/(\d+)-([a-z0-9-]+)\.html$")
_DOWNLOAD = re.compile(r"^/tin-tuc/([a-z-]+)/item/download/(\d+)_([0-9a-f]{32})\.html$")
_CAT = re.compile(r"^/tin-tuc/([a-z-]+)\.html$")
_CAT_SEF = re.compile(r"^/tin-tuc/([a-z-]+)/Page-(\d+)\.html$")
_TAG = re.compile(r"^/tin-tuc/itemlist/tag/(.+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/" and not request.query:
            return html(home_page())
        if path == "/index.php":
            if request.method == "POST":
                return html('{"message":"Cảm ơn bạn! Bình luận của bạn đang chờ duyệt.","refresh":0}')
            if params.get("option") == "com_k2" and params.get("view") == "item":
                sid, _, alias = params.get("id", "").partition(":")
                s = BY_ID.get(int(sid)) if sid.isdigit() else None
                if s and alias == s.slug and params.get("Itemid") == "105" and len(params) == 4:
                    return html(item_page(s))
            return None
        if path == "/tin-tuc.html" and not request.query:
            return html(parent_page())
        if m := _ITEM.match(path):
            cat, sid, alias = m.groups()
            s = BY_ID.get(int(sid))
            if not s or s.cat != cat or s.slug != alias:
                return None
            if not request.query:
                return html(item_page(s))
            if params == {"tmpl": "component", "print": "1"}:
                return html(print_page(s))
            return None
        if m := _DOWNLOAD.match(path):
            for s in STORIES:
                if s.opts.get("att") and att_path(s) == path:
                    return Response(200, PDF, {"Content-Type": "application/pdf",
                                               "Content-Disposition": f'attachment; filename="{s.opts["att"][0]}"'})
            return None
        if m := _CAT.match(path):
            cat = m.group(1)
            if cat not in CATS:
                return None
            if not request.query:
                return html(listing_page(cat, 1))
            if set(params) == {"start"} and params["start"].isdigit():
                start = int(params["start"])
                if start % PER_PAGE == 0:
                    body = listing_page(cat, start // PER_PAGE + 1)
                    return html(body) if body else None
            if params == {"limitstart": "0"}:
                return html(listing_page(cat, 1))
            return None
        if m := _CAT_SEF.match(path):
            cat, n = m.group(1), int(m.group(2))
            if cat in CATS and n >= 2 and not request.query:
                body = listing_page(cat, n)
                return html(body) if body else None
            return None
        if m := _TAG.match(path):
            tag = unquote(m.group(1))
            return html(tag_page(tag)) if tag in TAGS and not request.query else None
        if path == "/tin-tuc/itemlist/search.html":
            return html(search_page(params.get("searchword", "")))
        if path in PAGES and (not request.query or request.method == "POST"):
            return html(plain_page(path))
        if path.startswith(("/images/", "/media/", "/templates/", "/components/", "/modules/")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


def _gold(s: Story) -> dict:
    alts = [print_path(s)]
    if s.id in MOST_READ:
        alts.append(nonsef_path(s))
    return gold_record(s, item_path(s), CATS[s.cat], alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/doi-ngu-giao-vien.html",
    "/thoi-khoa-bieu.html",
    "/van-ban.html",
    "/thu-vien-anh.html",
    "/lien-he.html",
]
