"""Trường Chính trị tỉnh Hậu Giang: a home-made PHP 7 site (mysqli, include-based templates).

Platform
    Written by the school's own IT staff around 2012 and patched since: one ``index.php`` that
    ``include``s ``header.php``, ``menu.php``, ``trai.php`` (left column), ``phai.php`` (right
    column) and one content file per ``$_GET['page']``; raw ``mysqli_query`` with ``(int)$_GET``.
    The layout is an HTML4 table (``width="1000"``, ``<font>``, ``bgcolor``) into which Bootstrap 4
    divs were added in 2019 (carousel, cards, ``media`` list items). Article text is pasted from
    Word through CKEditor 4 (``class="MsoNormal"``, ``<o:p>``, ``mso-list:Ignore``, VML comments,
    Latin-1 letters written as named entities by CKEditor's ``entities_latin``).

URL scheme
    ``/index.php``                                    home
    ``/index.php?page=tintuc&id=<id>``                article (canonical form)
    ``/index.php?id=<id>&page=tintuc``                the same article (home carousel's links)
    ``/index.php?page=dstin&loai=<cat>&trang=<N>``    category listing, 3 items a page
    ``/index.php?page=gioithieu&muc=<n>``             intro pages
    ``/index.php?page=lienhe``, ``page=vanban&id=``, ``page=album&id=``, ``page=timkiem&tukhoa=``

Page templates
    Home: Bootstrap carousel (3 posts), "Tin mới nhất" cards (5 newest posts), left column
    "Đọc nhiều nhất" (4 posts), right column "Thông báo" marquee, links, counter, poll.
    Listing: box heading in capitals, ``div.media`` items (thumbnail, title, "(dd/mm/yyyy)",
    summary, "Xem tiếp »"), pager ``Trang: [1] 2 3 Sau »``.
    Article: breadcrumb row, title cell ``td.tde_ct``, info row (``Sửa lần cuối`` / ``Ngày đăng`` /
    ``Người đăng`` / ``Lượt xem``), optional summary cell ``td.tomtat_ct``, body ``div#noidung_tin``,
    tools row, "CÁC TIN KHÁC" card (first listing page of the same category, current one left out).

How each gold article is reached
    1214, 1212, 1211, 1209, 1207: home "Tin mới nhất"; 1214, 1211, 1207 also from the carousel
    (swapped query order). 1205, 1190: listing page 1 and "Các tin khác". 1203, 1201, 1199, 1196:
    left column "Đọc nhiều nhất" and listing page 2 / 1. 1188 (Tin hoạt động) and 1185 (Đào tạo -
    Bồi dưỡng): only via page 2 of their listing.

Traps
    1. UTF-8 BOMs in the middle of the page: every included template was saved by Notepad as
       "UTF-8 with BOM", so U+FEFF is printed where each include starts, one of them inside the
       title cell just before the headline. Gold: titles (and text) without U+FEFF, which is not
       whitespace for ``str.split``/``\\s``.
    2. ``<h1>`` is the site's name in the banner on every page and ``<title>`` is the site's name
       too; the headline is a ``<span>`` in ``td.tde_ct``. Gold title: the span's text.
    3. A long headline (1214) is broken by the editor with ``<br />`` inside the title span. Gold:
       the two lines joined by one space.
    4. The home carousel (added in 2019 by a different programmer) links ``index.php?id=N&page=
       tintuc``: the same query, other order. Gold: ``alt_paths`` of 1214, 1211, 1207.
    5. The right column's "Thông báo" marquee double-escapes its links
       (``href="index.php?page=tintuc&amp;amp;id=1214"``): the browser asks for
       ``?page=tintuc&amp;id=1214``, PHP sees no ``id`` and the page answers 200 "Tin này không
       tồn tại hoặc đã bị xóa!" with the full chrome. Gold: not an article, not an alt path.
    6. The pager computes ``ceil(n / 3) + 1`` pages: the last number always leads to an empty
       listing "Chưa có tin trong mục này". Gold: nothing there.
    7. The summary is stored in its own column (``tomtat``), printed bold in ``td.tomtat_ct``, and
       the editor pasted it again as the first paragraph of the body (1214, 1196). Gold: the sapo
       once, as the body's first paragraph.
    8. Word-paste leftovers: VML comments and ``<img src="file:///C:/Users/ADMIN/AppData/Local/
       Temp/msohtmlclip1/…/clip_image002.jpg">`` local images that never uploaded sit next to the
       real photos (1211, 1185). Gold: not images (no such file on the web).
    9. Captions printed as the second row of a two-row CKEditor table (image row, caption row) in
       1214, 1196, 1199: "table rows are paragraphs" must not make them body text. Gold: the
       row's text is the image's caption (enclosing parentheses taken off), not body.
    10. 1203's whole text sits in a one-cell Word layout table (``MsoNormalTable``): its
        paragraphs stay separate paragraphs, not one "row"; 1205 has a real data table whose rows
        are paragraphs with cells joined by " | ".
    11. Times are printed by ``date('d/m/Y h:i A')`` followed by ``str_replace(['AM','PM'],
        ['SA','CH'])``: "02:30 CH" is 14:30, "12:15 CH" is 12:15, "12:00 SA" is midnight (a day
        without time). The info row prints "Sửa lần cuối: …" before "Ngày đăng: …". Gold: the
        Ngày đăng value.
    12. "Người đăng: bientap01" (the CMS account) on every post while the real author is a line in
        the body: right-aligned at the end ("Tin, ảnh: Ngọc Hân"), or right-aligned at the top
        before the text in the research articles ("ThS. Trần Văn Lâm - Phó Trưởng khoa …").
    13. Two different posts carry the same headline ("Thông báo chiêu sinh lớp Trung cấp lý luận
        chính trị - hành chính", 1212 and 1205: two different classes). Gold: two articles.
    14. Images served through a resizer ``thumb.php?src=upload/…&amp;w=600`` (1185). Gold image
        path keeps the query (``/thumb.php?src=…&w=600``).
    15. CKEditor's ``entities_latin``: "Trư&ograve;ng" style text where the Latin-1 letters are
        named entities and the other Vietnamese letters raw UTF-8, in the same word.

Gold decisions on ambiguous points
    - Dates: the "Ngày đăng" value; a "12:00 SA" time is midnight, so the day alone.
    - A caption line that only credits a photographer ("Ảnh: Hoàng Phúc") is no caption; the
      name is a photographer.
    - A unit signing alone at the end (right-aligned "Phòng Quản lý đào tạo và NCKH", "Chi bộ
      Khoa Xây dựng Đảng") is the author as printed; "BBT" is nobody.
    - "Tin: Thu Thảo (Phòng QLĐT&NCKH)": the unit in parentheses is not part of the name.
    - Two names on one line "TS. Lê Thị Mỹ Duyên - ThS. Phạm Quốc Khánh", the unit on the next
      line: two authors, the unit is not one.
    - The research article's "Tài liệu tham khảo" heading and its entries are body (the text's
      own notes); the "[1]" calls stay in their sentences.
    - A "File đính kèm:" line is not body.
    - Category: as the breadcrumb prints it ("Tin hoạt động"), not the listing's capitals.
"""

from __future__ import annotations

import html as _html
import math
import re
from html.entities import codepoint2name
from urllib.parse import parse_qsl

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "php_homemade_mysqli_tct"
PLATFORM = "Home-made PHP 7 (mysqli, include templates, HTML4 tables + Bootstrap 4, CKEditor 4)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Hậu Giang"
HEADER_DATE = "Thứ Bảy, 05/12/2026"
BOM = "\ufeff"
PER_PAGE = 3

CATS = {1: "Tin hoạt động", 2: "Đào tạo - Bồi dưỡng", 3: "Nghiên cứu - Trao đổi"}
CAT_CAPS = {1: "TIN HOẠT ĐỘNG", 2: "ĐÀO TẠO - BỒI DƯỠNG", 3: "NGHIÊN CỨU - TRAO ĐỔI"}

UP = "upload/tintuc/2026"

_VML = (
    '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:14.0pt;'
    'font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"><!--[if gte vml 1]><v:shape id="Picture_x0020_{n}" '
    'o:spid="_x0000_i102{n}" type="#_x0000_t75" style="width:451pt;height:300pt;visibility:visible">'
    '<v:imagedata src="file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/clip_image00{n}.jpg" '
    'o:title=""/></v:shape><![endif]--><!--[if !vml]--><img width="601" height="400" '
    'src="file:///C:/Users/ADMIN/AppData/Local/Temp/msohtmlclip1/01/clip_image00{m}.jpg" '
    'v:shapes="Picture_x0020_{n}"><!--[endif]--><o:p></o:p></span></p>'
)


def vml(n: int) -> Raw:
    return Raw(_VML.format(n=n, m=n + 1))


def right(line: str, bold: bool = True, italic: bool = False) -> Raw:
    inner = ck(line)
    if italic:
        inner = f"<i>{inner}</i>"
    if bold:
        inner = f"<b>{inner}</b>"
    return Raw(
        '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%">'
        f'<span style="font-size:14.0pt;line-height:150%">{inner}<o:p></o:p></span></p>'
    )


def ck(value: str) -> str:
    """Escape as CKEditor 4 does with entities_latin: Latin-1 letters named, the rest raw."""
    out = []
    for ch in _html.escape(value, quote=False):
        code = ord(ch)
        if 160 <= code < 256:
            name = codepoint2name.get(code)
            out.append(f"&{name};" if name else ch)
        else:
            out.append(ch)
    return "".join(out)


STORIES: list[Story] = [
    Story(
        id=1214,
        slug="hoi-nghi-bch-lan-12",
        title="Hội nghị Ban Chấp hành Đảng bộ Trường Chính trị tỉnh Hậu Giang lần thứ 12, nhiệm kỳ 2025 - 2030",
        cat="1",
        published_at="2026-12-04T14:30:00+07:00",
        summary=(
            "Chiều ngày 03/12/2026, Đảng ủy Trường Chính trị tỉnh Hậu Giang tổ chức Hội nghị Ban Chấp "
            "hành Đảng bộ lần thứ 12, nhiệm kỳ 2025 - 2030 nhằm đánh giá kết quả thực hiện nhiệm vụ năm "
            "2026 và triển khai phương hướng, nhiệm vụ năm 2027."
        ),
        sapo_outside=True,
        authors=["Ngọc Hân"],
        photographers=["Ngọc Hân"],
        blocks=[
            Img(
                f"{UP}/12/hoi-nghi-bch-12-1.jpg",
                "(Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu chỉ đạo Hội nghị)",
                "Đồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy, Hiệu trưởng Nhà trường phát biểu chỉ đạo Hội nghị",
                "captable",
            ),
            P(
                "Năm 2026, Đảng bộ Nhà trường đã lãnh đạo hoàn thành tốt nhiệm vụ chính trị, tổ chức đào "
                "tạo, bồi dưỡng cho 2.415 lượt học viên, vượt 12% so với kế hoạch; công tác nghiên cứu khoa "
                "học, tổng kết thực tiễn được quan tâm, có 04 đề tài cấp cơ sở được nghiệm thu."
            ),
            P(
                "Công tác xây dựng Đảng tiếp tục được chú trọng; 100% chi bộ trực thuộc duy trì sinh hoạt "
                "định kỳ và sinh hoạt chuyên đề theo quy định. Trong năm, Đảng bộ kết nạp 03 đảng viên mới."
            ),
            P(
                "Phát biểu kết luận Hội nghị, đồng chí Bí thư Đảng ủy đề nghị các chi bộ tập trung đổi mới "
                "nội dung, phương pháp giảng dạy, gắn lý luận với thực tiễn của tỉnh, phấn đấu xây dựng "
                "Trường đạt chuẩn mức 1 trong năm 2027."
            ),
            right("Tin, ảnh: Ngọc Hân"),
        ],
        opts={"dup_sapo": True, "title_br": "lần thứ 12,", "updated": "04/12/2026 04:10 CH",
              "time": "04/12/2026 02:30 CH", "carousel": True, "thumb": f"{UP}/12/hoi-nghi-bch-12-1.jpg"},
    ),
    Story(
        id=1212,
        slug="chieu-sinh-tc-khong-tap-trung",
        title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính",
        cat="2",
        published_at="2026-12-03T10:00:00+07:00",
        authors=["Phòng Quản lý đào tạo và NCKH"],
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215-KH/TCT ngày 25/11/2026 của Trường Chính trị tỉnh Hậu Giang về mở "
                "lớp năm 2027, Nhà trường thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính "
                "hệ không tập trung, khóa 2027 - 2028 như sau:"
            ),
            P("1. Đối tượng", "h"),
            P("Cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị trên địa bàn tỉnh Hậu Giang;", "li"),
            P("Cán bộ, công chức cấp xã được quy hoạch các chức danh chủ chốt.", "li"),
            P("2. Thời gian và địa điểm học", "h"),
            P("Lớp học dự kiến khai giảng vào ngày 12/01/2027, học tại Trung tâm Chính trị thị xã Long Mỹ."),
            P("3. Hồ sơ đăng ký", "h"),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo và Nghiên cứu khoa học trước ngày 25/12/2026. Chi tiết "
                "liên hệ số điện thoại 0293.3870.215."
            ),
            Raw(
                '<p><strong>File đính kèm:</strong> <a href="upload/files/tb-chieusinh-tc-2027.pdf">'
                "TB chieu sinh TC 2027.pdf</a></p>"
            ),
            right("Phòng Quản lý đào tạo và NCKH"),
        ],
        opts={"time": "03/12/2026 10:00 SA"},
    ),
    Story(
        id=1211,
        slug="hoi-thao-qdnd",
        title=(
            "Trường Chính trị tỉnh Hậu Giang tổ chức Hội thao chào mừng 82 năm Ngày thành lập Quân đội "
            "nhân dân Việt Nam"
        ),
        cat="1",
        published_at="2026-12-02T08:00:00+07:00",
        summary=(
            "Sáng ngày 01/12/2026, Trường Chính trị tỉnh Hậu Giang tổ chức Hội thao chào mừng 82 năm Ngày "
            "thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng "
            "toàn dân (22/12/1989 - 22/12/2026)."
        ),
        authors=["Minh Trí"],
        photographers=["Minh Trí"],
        blocks=[
            P(
                "Sáng ngày 01/12/2026, Trường Chính trị tỉnh Hậu Giang tổ chức Hội thao chào mừng 82 năm Ngày "
                "thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng "
                "toàn dân (22/12/1989 - 22/12/2026).",
                "lead",
            ),
            vml(1),
            P(
                "Tham gia Hội thao có 86 vận động viên là cán bộ, giảng viên, nhân viên và học viên các lớp "
                "đang học tập tại Trường, thi đấu ở 03 môn: kéo co, bóng chuyền hơi và cờ tướng."
            ),
            Img(f"{UP}/12/hoi-thao-keo-co.jpg", "Các vận động viên thi đấu môn kéo co tại Hội thao.",
                "Các vận động viên thi đấu môn kéo co tại Hội thao.", "ptag"),
            P(
                "Sau một ngày thi đấu sôi nổi, Ban Tổ chức đã trao 03 giải nhất, 03 giải nhì và 06 giải ba "
                "cho các đội và cá nhân đạt thành tích cao."
            ),
            P(
                "Hội thao là dịp để cán bộ, giảng viên và học viên rèn luyện sức khỏe, tăng cường sự đoàn "
                "kết, gắn bó, góp phần hoàn thành tốt nhiệm vụ chính trị của đơn vị."
            ),
            right("Bài, ảnh: Minh Trí"),
        ],
        opts={"time": "02/12/2026 08:00 SA", "carousel": True, "thumb": f"{UP}/12/hoi-thao-keo-co.jpg"},
    ),
    Story(
        id=1209,
        slug="tu-tuong-hcm-ve-can-bo",
        title=(
            "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng cán bộ cấp cơ sở "
            "ở tỉnh Hậu Giang hiện nay"
        ),
        cat="3",
        published_at="2026-11-28T09:20:00+07:00",
        authors=["Trần Văn Lâm"],
        blocks=[
            right("ThS. Trần Văn Lâm - Phó Trưởng khoa Lý luận cơ sở", italic=True),
            P(
                "Chủ tịch Hồ Chí Minh luôn coi cán bộ là gốc của mọi công việc, \"công việc thành công hoặc "
                "thất bại đều do cán bộ tốt hoặc kém\".[1] Tư tưởng đó đến nay vẫn giữ nguyên giá trị đối "
                "với công tác đào tạo, bồi dưỡng cán bộ cấp cơ sở."
            ),
            P("1. Quan điểm của Chủ tịch Hồ Chí Minh về đào tạo, bồi dưỡng cán bộ", "h"),
            P(
                "Theo Người, huấn luyện cán bộ phải gắn lý luận với thực tế, \"học để làm việc, làm người, "
                "làm cán bộ\".[2] Việc đào tạo phải thiết thực, tránh lý luận suông, xa rời thực tiễn."
            ),
            P("2. Vận dụng vào thực tiễn tỉnh Hậu Giang", "h"),
            P(
                "Những năm qua, Trường Chính trị tỉnh Hậu Giang đã đổi mới chương trình bồi dưỡng theo hướng "
                "tăng thời lượng thực hành, đưa các tình huống quản lý ở xã, phường vào bài giảng."
            ),
            P(
                "Tuy nhiên, một bộ phận cán bộ cơ sở còn hạn chế về kỹ năng xử lý tình huống; việc đánh giá "
                "sau đào tạo chưa được thực hiện thường xuyên."
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.5, tr.280."),
            P("[2] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2011, t.6, tr.208."),
        ],
        opts={"time": "28/11/2026 09:20 SA"},
    ),
    Story(
        id=1207,
        slug="doan-hvctkv4",
        title="Đoàn công tác Học viện Chính trị khu vực IV làm việc tại Trường Chính trị tỉnh Hậu Giang",
        cat="1",
        published_at="2026-11-26T12:15:00+07:00",
        photographers=["Hoàng Phúc"],
        source="Báo Hậu Giang",
        blocks=[
            P(
                "Ngày 25/11/2026, Đoàn công tác của Học viện Chính trị khu vực IV do PGS.TS Đoàn Thị Thu "
                "Hương, Phó Giám đốc Học viện làm trưởng đoàn đã đến làm việc tại Trường Chính trị tỉnh "
                "Hậu Giang."
            ),
            Img(f"{UP}/11/doan-hvctkv4.jpg", "Ảnh: Hoàng Phúc", None, "ptag"),
            P(
                "Theo kế hoạch, Đoàn khảo sát tình hình phối hợp mở các lớp Cao cấp lý luận chính trị hệ "
                "không tập trung và nhu cầu đào tạo của tỉnh giai đoạn 2027 - 2030."
            ),
            P(
                "Hai bên thống nhất tiếp tục phối hợp tổ chức 02 lớp cao cấp trong năm 2027 và trao đổi "
                "giảng viên thỉnh giảng cho các chuyên đề chuyên sâu."
            ),
            right("Nguồn: Báo Hậu Giang", bold=False, italic=True),
        ],
        opts={"time": "26/11/2026 12:15 CH", "carousel": True, "thumb": f"{UP}/11/doan-hvctkv4.jpg"},
    ),
    Story(
        id=1205,
        slug="chieu-sinh-tc-tap-trung",
        title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị - hành chính",
        cat="2",
        published_at="2026-11-24T07:30:00+07:00",
        authors=["Phòng Quản lý đào tạo và NCKH"],
        blocks=[
            P(
                "Căn cứ Quyết định số 1102-QĐ/TU ngày 15/11/2026 của Ban Thường vụ Tỉnh ủy về chỉ tiêu đào "
                "tạo năm 2027, Trường Chính trị tỉnh Hậu Giang thông báo chiêu sinh lớp Trung cấp lý luận "
                "chính trị - hành chính hệ tập trung, khóa 2027 như sau:"
            ),
            P("Đối tượng | Số lượng | Thời gian học", "row"),
            P("Cán bộ, công chức cấp tỉnh | 40 học viên | 8 tháng", "row"),
            P("Cán bộ, công chức cấp huyện, xã | 60 học viên | 8 tháng", "row"),
            P(
                "Học viên học tập trung tại cơ sở chính của Trường, được bố trí chỗ ở nội trú theo quy định."
            ),
            P("Hạn chót nhận hồ sơ: ngày 15/12/2026."),
            right("Phòng Quản lý đào tạo và NCKH"),
        ],
        opts={"time": "24/11/2026 07:30 SA"},
    ),
    Story(
        id=1203,
        slug="chi-bo-xdd-chuyen-de",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="1",
        published_at="2026-11-23T09:00:00+07:00",
        authors=["Chi bộ Khoa Xây dựng Đảng"],
        blocks=[
            P(
                "Ngày 20/11/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "\"Nâng cao chất lượng sinh hoạt chi bộ gắn với trách nhiệm nêu gương của đảng viên\"."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận sôi nổi về những giải pháp đổi mới nội dung "
                "sinh hoạt, tránh hình thức, đơn điệu."
            ),
            Img(f"{UP}/11/chibo-xdd.jpg", "Quang cảnh buổi sinh hoạt chuyên đề.",
                "Quang cảnh buổi sinh hoạt chuyên đề.", "ptag"),
            P(
                "Chi bộ thống nhất mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để nêu gương và báo cáo "
                "kết quả tại kỳ sinh hoạt cuối năm."
            ),
            right("Chi bộ Khoa Xây dựng Đảng"),
        ],
        opts={"time": "23/11/2026 09:00 SA", "layout_table": True},
    ),
    Story(
        id=1201,
        slug="giai-phap-giang-day-llct",
        title=(
            "Một số giải pháp nâng cao chất lượng giảng dạy các học phần lý luận chính trị tại Trường Chính "
            "trị tỉnh Hậu Giang"
        ),
        cat="3",
        published_at="2026-11-21T14:00:00+07:00",
        authors=["Lê Thị Mỹ Duyên", "Phạm Quốc Khánh"],
        blocks=[
            P(
                "Chất lượng giảng dạy các học phần lý luận chính trị quyết định trực tiếp chất lượng đào tạo "
                "của Nhà trường. Bài viết đánh giá thực trạng và đề xuất một số giải pháp trong thời gian tới."
            ),
            P("1. Thực trạng", "h"),
            P(
                "Đội ngũ giảng viên của Trường hiện có 28 người, trong đó 02 tiến sĩ, 21 thạc sĩ; phần lớn "
                "đã đổi mới phương pháp theo hướng phát huy tính tích cực của học viên."
            ),
            P("2. Giải pháp", "h"),
            P("Thứ nhất, tăng cường đi thực tế cơ sở để cập nhật tình huống vào bài giảng.", "li"),
            P("Thứ hai, ứng dụng công nghệ thông tin và bài giảng điện tử trong giảng dạy.", "li"),
            P("Thứ ba, đổi mới khâu kiểm tra, đánh giá theo hướng vận dụng thực tiễn.", "li"),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span style="font-size:14.0pt">'
                + ck("TS. Lê Thị Mỹ Duyên - ThS. Phạm Quốc Khánh")
                + "</span></b><br />\n<i><span style=\"font-size:14.0pt\">"
                + ck("Khoa Lý luận cơ sở")
                + "</span></i><o:p></o:p></p>"
            ),
        ],
        opts={"time": "21/11/2026 02:00 CH", "updated": "22/11/2026 08:40 SA"},
    ),
    Story(
        id=1199,
        slug="khai-giang-qpan-doi-tuong-4",
        title="Khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="2",
        published_at="2026-11-16T08:15:00+07:00",
        authors=["Kim Ngân"],
        photographers=["Hữu Phước"],
        blocks=[
            P(
                "Sáng ngày 16/11/2026, Trường Chính trị tỉnh Hậu Giang phối hợp với Bộ Chỉ huy Quân sự tỉnh "
                "khai giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            Img(f"{UP}/11/khai-giang-qpan-1.jpg", "Quang cảnh lễ khai giảng.", "Quang cảnh lễ khai giảng.",
                "captable"),
            P(
                "Lớp học có 112 học viên là trưởng các đoàn thể, cán bộ chuyên môn cấp xã và trưởng ấp, khu "
                "vực trên địa bàn tỉnh, học tập trong thời gian 06 ngày."
            ),
            Img(f"{UP}/11/khai-giang-qpan-2.jpg", "(Đại diện học viên phát biểu hứa quyết tâm)",
                "Đại diện học viên phát biểu hứa quyết tâm", "captable"),
            P(
                "Nội dung bồi dưỡng gồm các chuyên đề về đường lối quốc phòng, an ninh của Đảng, xây dựng "
                "nền quốc phòng toàn dân và thế trận an ninh nhân dân ở cơ sở."
            ),
            right("Tin: Kim Ngân - Ảnh: Hữu Phước"),
        ],
        opts={"time": "16/11/2026 08:15 SA"},
    ),
    Story(
        id=1196,
        slug="hop-mat-20-11",
        title="Công đoàn Trường tổ chức họp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="1",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Chiều ngày 19/11/2026, Công đoàn cơ sở Trường Chính trị tỉnh Hậu Giang tổ chức họp mặt kỷ niệm "
            "44 năm Ngày Nhà giáo Việt Nam, tôn vinh đội ngũ cán bộ, giảng viên của Nhà trường."
        ),
        sapo_outside=True,
        authors=["Thanh Tùng"],
        photographers=["Hoàng Phúc"],
        blocks=[
            P(
                "Đến dự có đồng chí Nguyễn Văn Hùng, Hiệu trưởng Nhà trường cùng các đồng chí nguyên lãnh đạo "
                "Trường qua các thời kỳ và toàn thể cán bộ, giảng viên, nhân viên."
            ),
            Img(f"{UP}/11/hop-mat-20-11.jpg", "Các nhà giáo lão thành tại buổi họp mặt.",
                "Các nhà giáo lão thành tại buổi họp mặt.", "captable"),
            P(
                "Dịp này, Nhà trường khen thưởng 09 giảng viên đạt danh hiệu giảng viên dạy giỏi cấp trường "
                "năm 2026 và 02 tập thể có thành tích xuất sắc trong phong trào thi đua."
            ),
            right("Tin: Thanh Tùng - Ảnh: Hoàng Phúc"),
        ],
        opts={"dup_sapo": True, "time": "20/11/2026 04:45 CH", "thumb": f"{UP}/11/hop-mat-20-11.jpg"},
    ),
    Story(
        id=1190,
        slug="doi-moi-danh-gia",
        title="Đổi mới phương pháp đánh giá kết quả học tập của học viên theo hướng phát triển năng lực",
        cat="3",
        published_at="2026-11-02T14:05:00+07:00",
        summary=(
            "Đánh giá kết quả học tập là khâu quan trọng của quá trình đào tạo; đổi mới đánh giá theo hướng "
            "phát triển năng lực giúp học viên vận dụng lý luận vào giải quyết công việc ở địa phương."
        ),
        sapo_outside=True,
        authors=["Nguyễn Thị Kiều Oanh"],
        blocks=[
            P(
                "Hiện nay, hình thức kiểm tra chủ yếu vẫn là tự luận tái hiện kiến thức, chưa đánh giá được "
                "khả năng vận dụng của học viên."
            ),
            P(
                "Nhà trường cần xây dựng ngân hàng câu hỏi tình huống, kết hợp đánh giá quá trình với đánh giá "
                "kết thúc học phần và tăng tỷ trọng tiểu luận gắn với thực tiễn cơ quan, đơn vị."
            ),
            right("CN. Nguyễn Thị Kiều Oanh - Giảng viên Khoa Nhà nước và pháp luật", italic=True),
        ],
        opts={"time": "02/11/2026 02:05 CH"},
    ),
    Story(
        id=1188,
        slug="ngay-phap-luat-2026",
        title=(
            "Trường Chính trị tỉnh Hậu Giang hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa "
            "Việt Nam năm 2026"
        ),
        cat="1",
        published_at="2026-10-30",
        blocks=[
            P(
                "Thực hiện Kế hoạch của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh, Trường Chính trị "
                "tỉnh Hậu Giang triển khai các hoạt động hưởng ứng Ngày Pháp luật năm 2026."
            ),
            P(
                "Nhà trường tổ chức treo băng rôn, khẩu hiệu tại cơ sở chính; lồng ghép nội dung phổ biến các "
                "luật mới ban hành vào bài giảng của các lớp đang học."
            ),
            P(
                "Ngoài ra, Đoàn Thanh niên Trường tổ chức cuộc thi tìm hiểu pháp luật trực tuyến thu hút 146 "
                "đoàn viên, học viên tham gia."
            ),
            right("BBT"),
        ],
        opts={"time": "30/10/2026 12:00 SA"},
    ),
    Story(
        id=1185,
        slug="be-giang-cao-cap",
        title="Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 - 2026 tại tỉnh Hậu Giang",
        cat="2",
        published_at="2026-10-21T15:00:00+07:00",
        authors=["Thu Thảo"],
        blocks=[
            P(
                "Chiều ngày 20/10/2026, Học viện Chính trị khu vực IV phối hợp với Trường Chính trị tỉnh Hậu "
                "Giang tổ chức bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 - 2026."
            ),
            vml(3),
            Img("thumb.php?src=upload/tintuc/2026/10/be-giang-cc.jpg&w=600",
                "Lãnh đạo Học viện trao bằng tốt nghiệp cho các học viên.",
                "Lãnh đạo Học viện trao bằng tốt nghiệp cho các học viên.", "ptag"),
            P(
                "Sau hơn hai năm học tập, 98 học viên của lớp đã hoàn thành chương trình, trong đó 21 học viên "
                "tốt nghiệp loại giỏi, 77 học viên loại khá."
            ),
            right("Tin: Thu Thảo (Phòng QLĐT&NCKH)"),
        ],
        opts={"time": "21/10/2026 03:00 CH"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def stories_of(cat: int) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == str(cat)), key=lambda s: -s.id)


def day_of(s: Story) -> str:
    return s.opts["time"].split()[0]


def art(sid: int) -> str:
    return f"index.php?page=tintuc&id={sid}"


# --- chrome ------------------------------------------------------------------------------------

_MENU = """<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#b30000">
<tr><td>
<ul id="menu_ngang" class="nav">
 <li><a href="index.php">TRANG CHỦ</a></li>
 <li class="dropdown"><a href="#">GIỚI THIỆU</a>
  <ul class="sub_menu">
   <li><a href="index.php?page=gioithieu&muc=1">Lịch sử hình thành</a></li>
   <li><a href="index.php?page=gioithieu&muc=2">Cơ cấu tổ chức</a></li>
   <li><a href="index.php?page=gioithieu&muc=3">Chức năng, nhiệm vụ</a></li>
  </ul></li>
 <li class="dropdown"><a href="#">TIN TỨC</a>
  <ul class="sub_menu">
   <li><a href="index.php?page=dstin&loai=1&trang=1">Tin hoạt động</a></li>
   <li><a href="index.php?page=dstin&loai=2&trang=1">Đào tạo - Bồi dưỡng</a></li>
  </ul></li>
 <li><a href="index.php?page=dstin&loai=3&trang=1">NGHIÊN CỨU - TRAO ĐỔI</a></li>
 <li><a href="index.php?page=album&id=3">THƯ VIỆN ẢNH</a></li>
 <li><a href="index.php?page=lienhe">LIÊN HỆ</a></li>
</ul>
</td></tr></table>"""


def header() -> str:
    return f"""<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td background="images/banner_bg.jpg" height="120">
<table width="100%"><tr>
<td width="110"><img src="images/logo_tct.png" width="100" height="100" alt="logo" /></td>
<td><h1 class="ten_truong"><font color="#ffff00">TRƯỜNG CHÍNH TRỊ TỈNH HẬU GIANG</font></h1>
<font color="#ffffff"><i>Đào tạo, bồi dưỡng cán bộ - Nền tảng phát triển bền vững</i></font></td>
</tr></table></td></tr>
<tr><td bgcolor="#f3e3c3" height="24"><table width="100%"><tr>
<td class="ngay_hientai"><font size="2">{HEADER_DATE}</font></td>
<td align="right"><form action="index.php" method="get" style="margin:0">
<input type="hidden" name="page" value="timkiem" />
<input type="text" name="tukhoa" size="20" value="" /> <input type="submit" value="Tìm kiếm" />
</form></td></tr></table></td></tr>
</table>
{BOM}{_MENU}"""


def left_col() -> str:
    docnhieu = "".join(
        f'<tr><td class="dn_item"><img src="images/icon_mui_ten.gif" alt="" /> '
        f'<a href="{art(i)}">{esc(BY_ID[i].title)}</a></td></tr>\n'
        for i in (1196, 1199, 1203, 1201)
    )
    return f"""{BOM}<table width="100%" border="0" cellpadding="3" cellspacing="0" class="khung_trai">
<tr><td class="tieude_khung" bgcolor="#b30000"><font color="#fff"><b>ĐỌC NHIỀU NHẤT</b></font></td></tr>
{docnhieu}</table>
<table width="100%" class="khung_trai"><tr><td class="tieude_khung" bgcolor="#b30000">
<font color="#fff"><b>VĂN BẢN MỚI</b></font></td></tr>
<tr><td><a href="index.php?page=vanban&id=45">Quyết định số 318-QĐ/TCT về việc ban hành Quy chế
chi tiêu nội bộ năm 2026</a></td></tr></table>
<table width="100%" class="khung_trai"><tr><td class="tieude_khung" bgcolor="#b30000">
<font color="#fff"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
<tr><td><font size="2">Đang online: 17<br />Hôm nay: 412<br />Tổng truy cập: 1.284.563</font></td></tr>
</table>"""


def right_col() -> str:
    return f"""{BOM}<div class="card mb-2"><div class="card-header bg-danger text-white p-1"><b>THÔNG BÁO</b></div>
<div class="card-body p-1"><marquee direction="up" scrollamount="2" height="140" onmouseover="this.stop()"
onmouseout="this.start()">
<p><img src="images/new.gif" alt="" /> <a href="index.php?page=tintuc&amp;amp;id=1214">{esc(BY_ID[1214].title)}</a></p>
<p><img src="images/new.gif" alt="" /> <a href="index.php?page=tintuc&amp;amp;id=1212">{esc(BY_ID[1212].title)}</a></p>
</marquee></div></div>
<div class="card mb-2"><div class="card-header p-1"><b>LIÊN KẾT WEBSITE</b></div>
<div class="card-body p-1"><select class="form-control form-control-sm" onchange="window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://haugiang.gov.vn">Cổng TTĐT tỉnh Hậu Giang</option>
<option value="https://hcma.vn">Học viện CTQG Hồ Chí Minh</option>
</select>
<a href="https://www.facebook.com/truongchinhtrihaugiang" target="_blank"><img src="images/fb.png" alt="Facebook" /></a>
</div></div>
<div class="card"><div class="card-header p-1"><b>THĂM DÒ Ý KIẾN</b></div>
<div class="card-body p-1"><form action="index.php?page=binhchon" method="post">
Bạn đánh giá thế nào về giao diện website mới?<br />
<input type="radio" name="ykien" value="1" /> Đẹp<br />
<input type="radio" name="ykien" value="2" /> Bình thường<br />
<input type="submit" value="Bình chọn" /></form></div></div>"""


FOOTER = """<table width="1000" border="0" align="center" bgcolor="#b30000" cellpadding="6">
<tr><td align="center"><font color="#ffffff" size="2">
<b>TRƯỜNG CHÍNH TRỊ TỈNH HẬU GIANG</b><br />
Địa chỉ: Số 01, đường Võ Văn Kiệt, phường V, thành phố Vị Thanh, tỉnh Hậu Giang<br />
Điện thoại: 0293.3878.123 - Fax: 0293.3878.124 - Email: truongchinhtri@haugiang.gov.vn<br />
&copy; Bản quyền 2012 thuộc Trường Chính trị tỉnh Hậu Giang. Thiết kế: Tổ Tin học - Thư viện
</font></td></tr></table>"""


def page(center: str) -> str:
    return f"""{BOM}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>..:: TRƯỜNG CHÍNH TRỊ TỈNH HẬU GIANG ::..</title>
<meta name="keywords" content="truong chinh tri, hau giang, dao tao can bo" />
<meta name="description" content="Website Trường Chính trị tỉnh Hậu Giang" />
<link href="css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="js/bootstrap.bundle.min.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<a name="top"></a>
{header()}
<table width="1000" border="0" cellspacing="0" cellpadding="4" align="center" bgcolor="#ffffff">
<tr>
<td width="210" valign="top">{left_col()}</td>
<td width="560" valign="top">{center}</td>
<td width="230" valign="top">{right_col()}</td>
</tr></table>
{FOOTER}
<script type="text/javascript">$(function(){{$('#menu_ngang li').hover(function(){{$(this).find('ul').show();}},
function(){{$(this).find('ul').hide();}});}});</script>
</body></html>"""


# --- body rendering ----------------------------------------------------------------------------

_SPAN = '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;">'


def word_p(p: P) -> str:
    t = ck(p.text)
    if p.style == "h":
        return (
            f'<p class="MsoNormal" style="text-align:justify;line-height:150%"><b>{_SPAN}{t}'
            "<o:p></o:p></span></b></p>"
        )
    if p.style == "li":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:.5in;text-align:justify;'
            'text-indent:-.25in;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            f'{_SPAN}<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
            "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f"{_SPAN}{t}<o:p></o:p></span></p>"
        )
    if p.style == "lead":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
            f"<b>{_SPAN}{t}</span></b><o:p></o:p></p>"
        )
    return (
        '<p class="MsoNormal" style="text-align:justify;text-indent:.5in;line-height:150%">'
        f"{_SPAN}{t}&nbsp;<o:p></o:p></span></p>"
    )


def data_table(rows: list[P]) -> str:
    out = [
        '<table border="1" cellpadding="0" cellspacing="0" class="MsoTableGrid" '
        'style="border-collapse:collapse;border:none;width:100%"><tbody>'
    ]
    for n, row in enumerate(rows):
        cells = []
        for cell in row.text.split(" | "):
            inner = f"<b>{ck(cell)}</b>" if n == 0 else ck(cell)
            cells.append(
                '<td style="border:solid windowtext 1.0pt;padding:0in 5.4pt" valign="top">'
                f'<p class="MsoNormal" align="center" style="text-align:center">{inner}<o:p></o:p></p></td>'
            )
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def image(img: Img) -> str:
    src = esc(img.src)
    if img.style == "captable":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width:600px"><tbody>\n'
            f'<tr><td><img alt="" src="{src}" style="width:600px;height:400px" /></td></tr>\n'
            f'<tr><td style="text-align:center"><em><span style="font-size:12px">{ck(img.printed or "")}'
            "</span></em></td></tr>\n</tbody></table>"
        )
    out = f'<p style="text-align:center"><img alt="" src="{src}" style="width:550px;height:367px" /></p>'
    if img.printed:
        out += f'\n<p style="text-align:center"><em>{ck(img.printed)}</em></p>'
    return out


def body_html(s: Story) -> str:
    parts: list[str] = []
    if s.opts.get("dup_sapo"):
        parts.append(word_p(P(s.summary or "")))
    rows: list[P] = []
    for block in s.blocks:
        if isinstance(block, P) and block.style == "row":
            rows.append(block)
            continue
        if rows:
            parts.append(data_table(rows))
            rows = []
        if isinstance(block, P):
            parts.append(word_p(block))
        elif isinstance(block, Img):
            parts.append(image(block))
        else:
            parts.append(block.html)
    if rows:
        parts.append(data_table(rows))
    parts.append('<p class="MsoNormal">&nbsp;</p>')
    inner = "\n".join(parts)
    if s.opts.get("layout_table"):
        inner = (
            '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%" '
            'style="width:100.0%;mso-cellspacing:0in;mso-yfti-tbllook:1184"><tbody>'
            '<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes">'
            f'<td style="padding:.75pt .75pt .75pt .75pt">\n{inner}\n</td></tr></tbody></table>'
        )
    return inner


def title_html(s: Story) -> str:
    t = esc(s.title)
    cut = s.opts.get("title_br")
    if cut:
        head, _, tail = s.title.partition(cut)
        t = f"{esc(head + cut)}<br />\n{esc(tail.strip())}"
    return t


def article_page(s: Story) -> str:
    cat = int(s.cat)
    info = []
    if s.opts.get("updated"):
        info.append(f"Sửa lần cuối: {s.opts['updated']}")
    info.append(f"Ngày đăng: {s.opts['time']}")
    info.append("Người đăng: bientap01")
    info.append(f"Lượt xem: {s.views()}")
    tomtat = (
        f'<tr><td class="tomtat_ct" style="padding:6px 0"><b>{esc(s.summary)}</b></td></tr>'
        if s.sapo_outside and s.summary
        else ""
    )
    others = [o for o in stories_of(cat)[:PER_PAGE] if o.id != s.id]
    tinkhac = "".join(
        f'<li class="list-group-item p-1"><a href="{art(o.id)}">{esc(o.title)}</a> '
        f"<i><font color=\"#888\">({day_of(o)})</font></i></li>\n"
        for o in others
    )
    center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="2" class="khung_tin">
<tr><td class="dd_tin"><font size="2"><a href="index.php">Trang chủ</a> &raquo; Tin tức &raquo;
<a href="index.php?page=dstin&loai={cat}&trang=1">{esc(CATS[cat])}</a></font></td></tr>
<tr><td class="tde_ct">{BOM}<span class="tieude_chitiet" style="color:#b30000;font-size:18px;font-weight:bold">{title_html(s)}</span></td></tr>
<tr><td class="tt_dang"><font color="#888888" size="1">{" | ".join(info)}</font></td></tr>
{tomtat}
<tr><td class="noidung_ct"><div id="noidung_tin" class="container-fluid px-0">
{body_html(s)}
</div></td></tr>
<tr><td class="congcu" align="right"><font size="2">
<a href="javascript:window.print()"><img src="images/print.gif" alt="" /> In bài</a> |
<a href="mailto:?subject=Tin%20tu%20website%20Truong%20Chinh%20tri">Gửi email</a> |
<a href="https://www.facebook.com/sharer/sharer.php?u=http://truongchinhtri.haugiang.gov.vn/{art(s.id)}" target="_blank">Chia sẻ</a> |
<a href="#top">Về đầu trang</a></font></td></tr>
</table>
<div class="card mt-3 tinkhac"><div class="card-header p-1"><b>CÁC TIN KHÁC</b></div>
<ul class="list-group list-group-flush">
{tinkhac}</ul></div>"""
    return page(center)


def teaser(s: Story) -> str:
    if s.summary:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:160].rsplit(" ", 1)[0] + "..."


def listing_page(cat: int, trang: int) -> str:
    items = stories_of(cat)
    shown_pages = math.ceil(len(items) / PER_PAGE) + 1  # the home-made pager's off-by-one
    chunk = items[(trang - 1) * PER_PAGE : trang * PER_PAGE]
    rows = []
    for s in chunk:
        thumb = s.opts.get("thumb", "images/no_image.jpg")
        rows.append(
            f"""<div class="media mb-3 tin_ds">
<a href="{art(s.id)}"><img class="mr-3 img-thumbnail" src="{esc(thumb)}" width="120" alt="" /></a>
<div class="media-body">
<a class="tieude_ds" href="{art(s.id)}"><b>{esc(s.title)}</b></a> <span class="ngay_ds">({day_of(s)})</span>
<div class="tomtat_ds">{esc(teaser(s))}</div>
<a href="{art(s.id)}" class="xemtiep">Xem tiếp &raquo;</a>
</div></div>"""
        )
    if not rows:
        rows.append('<p align="center"><font color="red">Chưa có tin trong mục này</font></p>')
    pager = []
    for n in range(1, shown_pages + 1):
        pager.append(f"<b>[{n}]</b>" if n == trang else f'<a href="index.php?page=dstin&loai={cat}&trang={n}">{n}</a>')
    if trang < shown_pages:
        pager.append(f'<a href="index.php?page=dstin&loai={cat}&trang={trang + 1}">Sau &raquo;</a>')
    center = f"""{BOM}<table width="100%" cellpadding="2"><tr><td class="dd_tin"><font size="2">
<a href="index.php">Trang chủ</a> &raquo; Tin tức &raquo; {esc(CATS[cat])}</font></td></tr>
<tr><td class="tieude_khung" bgcolor="#b30000"><font color="#fff"><b>{CAT_CAPS[cat]}</b></font></td></tr></table>
<div class="container-fluid px-1">
{chr(10).join(rows)}
</div>
<table width="100%" class="phantrang"><tr><td align="center"><font size="2">Trang: {" ".join(pager)}</font></td></tr></table>"""
    return page(center)


def home_page() -> str:
    slides = [s for s in STORIES if s.opts.get("carousel")]
    carousel = "".join(
        f"""<div class="carousel-item{' active' if n == 0 else ''}">
<a href="index.php?id={s.id}&page=tintuc"><img class="d-block w-100" src="{esc(s.opts['thumb'])}" height="300" alt="" /></a>
<div class="carousel-caption d-none d-md-block"><h5><a href="index.php?id={s.id}&page=tintuc">{esc(s.title)}</a></h5></div>
</div>
"""
        for n, s in enumerate(slides)
    )
    newest = sorted(STORIES, key=lambda s: -s.id)[:5]
    cards = "".join(
        f"""<div class="col-md-6 mb-2"><div class="card h-100">
<a href="{art(s.id)}"><img class="card-img-top" src="{esc(s.opts.get('thumb', 'images/no_image.jpg'))}" alt="" /></a>
<div class="card-body p-2"><a href="{art(s.id)}" class="card-title"><b>{esc(s.title)}</b></a>
<p class="card-text"><small class="text-muted">{day_of(s)}</small></p></div></div></div>
"""
        for s in newest
    )
    center = f"""<div id="slide_tin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">
{carousel}</div>
<a class="carousel-control-prev" href="#slide_tin" data-slide="prev">&lsaquo;</a>
<a class="carousel-control-next" href="#slide_tin" data-slide="next">&rsaquo;</a></div>
<table width="100%"><tr><td class="tieude_khung" bgcolor="#b30000"><font color="#fff"><b>TIN MỚI NHẤT</b></font></td></tr></table>
<div class="row no-gutters">
{cards}</div>"""
    return page(center)


def soft_missing() -> str:
    return page(
        '<table width="100%"><tr><td align="center" height="200"><font color="red"><b>'
        "Tin này không tồn tại hoặc đã bị xóa!</b></font><br /><a href=\"index.php\">Quay lại trang chủ</a>"
        "</td></tr></table>"
    )


INTRO = {
    1: (
        "LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN",
        [
            "Trường Chính trị tỉnh Hậu Giang được thành lập theo Quyết định số 08-QĐ/TU ngày 15/02/2004 "
            "của Ban Thường vụ Tỉnh ủy Hậu Giang, trên cơ sở tách ra từ Trường Chính trị tỉnh Cần Thơ.",
            "Qua hơn 20 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt "
            "cán bộ cho hệ thống chính trị của tỉnh.",
        ],
    ),
    2: (
        "CƠ CẤU TỔ CHỨC",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo và Nghiên cứu khoa học.",
            "Các khoa: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ],
    ),
    3: (
        "CHỨC NĂNG, NHIỆM VỤ",
        [
            "Trường Chính trị tỉnh Hậu Giang là đơn vị sự nghiệp trực thuộc Tỉnh ủy, có chức năng đào tạo, "
            "bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.",
            "Nhà trường thực hiện nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn ở địa phương.",
        ],
    ),
}


def intro_page(muc: int) -> str:
    head, paras = INTRO[muc]
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    return page(
        f"""{BOM}<table width="100%"><tr><td class="dd_tin"><font size="2"><a href="index.php">Trang chủ</a>
&raquo; Giới thiệu</font></td></tr>
<tr><td class="tieude_khung" bgcolor="#b30000"><font color="#fff"><b>{head}</b></font></td></tr>
<tr><td>{body}</td></tr></table>"""
    )


def contact_page() -> str:
    return page(
        f"""{BOM}<table width="100%"><tr><td class="tieude_khung" bgcolor="#b30000"><font color="#fff"><b>LIÊN HỆ</b></font></td></tr>
<tr><td><p><b>TRƯỜNG CHÍNH TRỊ TỈNH HẬU GIANG</b><br />Địa chỉ: Số 01, đường Võ Văn Kiệt, phường V,
thành phố Vị Thanh, tỉnh Hậu Giang<br />Điện thoại: 0293.3878.123</p>
<form action="index.php?page=lienhe" method="post">
Họ tên: <input type="text" name="hoten" /><br />Email: <input type="text" name="email" /><br />
Nội dung: <textarea name="noidung" rows="5" cols="40"></textarea><br />
<input type="submit" name="gui" value="Gửi liên hệ" /></form></td></tr></table>"""
    )


def document_page() -> str:
    return page(
        f"""{BOM}<table width="100%" border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td colspan="2" class="tieude_khung" bgcolor="#b30000"><font color="#fff"><b>CHI TIẾT VĂN BẢN</b></font></td></tr>
<tr><td width="140">Số ký hiệu</td><td>318-QĐ/TCT</td></tr>
<tr><td>Ngày ban hành</td><td>10/11/2026</td></tr>
<tr><td>Trích yếu</td><td>Quyết định số 318-QĐ/TCT về việc ban hành Quy chế chi tiêu nội bộ năm 2026</td></tr>
<tr><td>Người ký</td><td>Nguyễn Văn Hùng</td></tr>
<tr><td>File</td><td><a href="upload/vanban/318-qd-tct.pdf">318-qd-tct.pdf</a></td></tr>
</table>"""
    )


def album_page() -> str:
    pics = "".join(
        f'<div class="col-4 mb-2"><img class="img-fluid img-thumbnail" src="upload/album/3/anh{n}.jpg" alt="" /></div>'
        for n in range(1, 7)
    )
    return page(
        f"""{BOM}<table width="100%"><tr><td class="tieude_khung" bgcolor="#b30000"><font color="#fff">
<b>THƯ VIỆN ẢNH: LỄ KHAI GIẢNG NĂM HỌC 2026 - 2027</b></font></td></tr></table>
<div class="row">{pics}</div>"""
    )


def search_page(word: str) -> str:
    if not word.strip():
        inner = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        hits = [s for s in STORIES if word.lower() in s.title.lower()]
        inner = "".join(f'<p><a href="{art(s.id)}">{esc(s.title)}</a></p>' for s in hits) or (
            "<p>Không tìm thấy kết quả nào.</p>"
        )
    return page(f"<h3>Kết quả tìm kiếm</h3>{inner}")


_INT = re.compile(r"^\d+$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self._index(request)
        if path == "/thumb.php":
            return static_file("x.jpg")
        if path.lower().endswith(".pdf") and path.startswith("/upload/"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/upload/", "/images/", "/css/", "/js/")):
            return static_file(path)
        return None

    def _index(self, request: Request) -> Response | None:
        pairs = parse_qsl(request.query, keep_blank_values=True)
        q = dict(pairs)
        keys = set(q)
        pg = q.get("page")
        if not request.query:
            return html(home_page())
        if pg == "tintuc":
            sid = q.get("id")
            if keys == {"page", "id"} and sid and _INT.match(sid) and int(sid) in BY_ID:
                return html(article_page(BY_ID[int(sid)]))
            if keys - {"page", "id", "amp;id"}:
                return None
            return html(soft_missing())
        if pg == "dstin" and keys == {"page", "loai", "trang"}:
            loai, trang = q["loai"], q["trang"]
            if _INT.match(loai) and int(loai) in CATS and _INT.match(trang) and 1 <= int(trang) <= 20:
                return html(listing_page(int(loai), int(trang)))
            return None
        if pg == "gioithieu" and keys == {"page", "muc"} and q["muc"] in ("1", "2", "3"):
            return html(intro_page(int(q["muc"])))
        if pg == "lienhe" and keys == {"page"}:
            return html(contact_page())
        if pg == "vanban" and keys == {"page", "id"} and q["id"] == "45":
            return html(document_page())
        if pg == "album" and keys == {"page", "id"} and q["id"] == "3":
            return html(album_page())
        if pg == "timkiem" and keys == {"page", "tukhoa"}:
            return html(search_page(q["tukhoa"]))
        return None


def build_site() -> Site:
    return Site()


def _alts(s: Story) -> list[str]:
    return [f"/index.php?id={s.id}&page=tintuc"] if s.opts.get("carousel") else []


GOLD = [
    gold_record(s, f"/index.php?page=tintuc&id={s.id}", CATS[int(s.cat)], alt_paths=_alts(s))
    for s in sorted(STORIES, key=lambda s: -s.id)
]

NON_ARTICLES = [
    "/index.php?page=gioithieu&muc=1",
    "/index.php?page=gioithieu&muc=2",
    "/index.php?page=gioithieu&muc=3",
    "/index.php?page=lienhe",
    "/index.php?page=vanban&id=45",
    "/index.php?page=album&id=3",
]
