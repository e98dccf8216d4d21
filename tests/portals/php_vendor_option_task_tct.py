"""Trường Chính trị tỉnh Yên Bái: a home-made vendor PHP 5 portal with Mambo-like query routing.

Platform
    A small Vietnamese software house's "Cổng thông tin" product, sold to several provincial party
    schools around 2008 and never rewritten: PHP 5, one ``index.php`` front controller routing on
    ``option``/``task`` the way Mambo 4.5 did, layout made of nested ``<table>``s, inline styles and
    Vietnamese-abbreviation class names (``tde_bv`` = tiêu đề bài viết, ``nd_bv`` = nội dung,
    ``cthich`` = chú thích, ``ng_bv`` = ngày). No framework, no canonical link, no og: tags.

URL scheme
    ``/`` and ``/index.php``                                       home
    ``/index.php?option=news&task=list&cid=<C>[&page=<P>]``        category listing, 3 per page
    ``/index.php?option=news&task=view&id=<N>``                    article (gold path)
    ``/index.php?option=news&task=view&id=<N>&limitstart=1``       page 2 of a split article
    ``/index.php?option=news&task=view&id=<N>&showall=1``          a split article whole
    ``/index2.php?option=news&task=view&id=<N>&pop=1``             print pop-up (JS link only)
    ``/index.php?option=page&id=<N>``                              static pages (not articles)
    ``/index.php?option=poll&task=results&id=1``                   poll results (not an article)
    ``/index.php?option=search&searchword=…``                      search (GET form)
    The router first turns every ``&amp;`` of the query string into ``&`` (the vendor's own fix for
    its double-escaping bug, see Traps), then ignores ``Itemid``.

Page templates
    Every page: header table (logo, ``<h1>`` with the school's name, today's date, search form),
    horizontal menu with drop-downs (Giới thiệu ▸ 4 pages, Tin tức ▸ 3 categories, Thông báo,
    Liên hệ), pathway "Trang chủ » …", left column (most read, notices portlet, website links
    ``<select>``), right column (poll, visitor counter), footer (address, phone, email, vendor).
    Article (categories 1–3): title cell ``td.tde_bv`` with print/email icons, info table (optional
    top byline, "Ngày đăng: dd/mm/yyyy hh:mm", "Lượt xem"), optional bold "tóm tắt" cell, the text
    cell ``td.nd_bv``, "Cập nhật lần cuối ( … )", a rating form, share tools and "Các tin khác".
    Category 4 ("Thông báo") is still rendered by the 2008 module: PHP ``date()`` without a locale
    (English day and month names), "Viết bởi <account>".
    One 2009 post imported from the older site keeps its ``nl2br()`` text: one ``<div>``,
    paragraphs separated by ``<br />`` runs, indented with ``&nbsp;``.

How each gold article is reached
    Home: featured + "Tin mới" (5 newest), a block of the 2 newest of each category, most read,
    notices portlet. Listings: 3 per page, "Trang: 1 2 Sau » Cuối »»". Each article's "Các tin
    khác" lists the 2 newest other posts of its category (double-escaped hrefs). Articles 43
    (a4), 41 (a5) and 42 (b4) are linked only from page 2 of their category listing.

Traps
    1. Double-escaped hrefs: the "Các tin khác" box runs ``htmlspecialchars`` over URLs already
       written with ``&amp;``, so its links decode to ``index.php?option=news&amp;task=view&amp;id=N``.
       The router repairs them and serves the same article: those URLs are in ``alt_paths``.
    2. Wrong declared charset: every page says ``<meta http-equiv="Content-Type" content="text/html;
       charset=iso-8859-1">`` (Mambo's ``_ISO`` default, never changed) while the bytes and the HTTP
       header are UTF-8. Gold text is the UTF-8 text; a reader trusting the meta gets mojibake.
    3. Split article (``{mospagebreak}``): article 50 prints its first half with "Trang 1 / 2",
       a link to ``&limitstart=1`` (second half, same title and date, byline at its end) and
       "Xem toàn bài" (``&showall=1``). Gold body is the whole text; both URLs are alt_paths of
       the page-1 path; the tóm tắt (sapo) is printed on page 1 and the whole view only.
    4. Caption above the photo: article 48 prints its photo in a two-row table whose FIRST row is
       the caption "(Toàn cảnh buổi làm việc)" and whose next sibling is body text. Gold caption
       "Toàn cảnh buổi làm việc"; the paragraph after the photo is body, not caption.
    5. Two photos side by side: article 52 prints two images in one table row and their two
       captions in the row under them. Gold: two images, each with its own caption; the caption
       row is not a body "table row" ("cap1 | cap2" must not appear in the body).
    6. ``nl2br`` text (article 43): no ``<p>`` at all; lines separated by ``<br />`` (one or two),
       ``&nbsp;`` indents, typed "- " items; its last line ``<b>Nguyễn Thu Hà</b>`` is the author.
       Gold: each non-empty line a paragraph (the "- " kept), author Nguyễn Thu Hà, date the day
       alone (the imported post prints "Ngày đăng: 28/10/2026").
    7. English dates: category "Thông báo" prints ``Tuesday, 01 December 2026 08:15`` (Mambo's
       createdate format) — gold "2026-11-25T09:00:00+07:00" for article 49; "Viết bởi quantri"
       / "Viết bởi vanphong" are CMS accounts: nobody.
    8. Chrome inside the content table: the rating form ("Đánh giá bài viết: Kém ○○○○○ Tốt
       [Bình chọn] (n lượt bình chọn)"), "Cập nhật lần cuối ( … )" (an update date, not the
       publication date) and "Lượt xem" sit in rows of the same table as the text.
    9. A long ``alt``/``title`` on a photo with no printed line (article 41): caption None.
    10. The page's only ``<h1>`` is the school's name in the banner; the headline is a ``<td>``;
        ``<title>`` is "<headline> - Trường Chính trị tỉnh Yên Bái". Gold title = the headline.
    11. Party-document notice (article 51): letterhead table "TỈNH ỦY YÊN BÁI / TRƯỜNG CHÍNH TRỊ
        / Số: 218-TB/TCT | ĐẢNG CỘNG SẢN VIỆT NAM / Yên Bái, ngày 30 tháng 11 năm 2026", kind and
        subject lines, "Nơi nhận" and "T/L HIỆU TRƯỞNG / CHÁNH VĂN PHÒNG / (Đã ký) / Đỗ Minh
        Tuấn". Gold: date "2026-11-30" (the letterhead's day, although the post line says
        01 December 08:15), author Đỗ Minh Tuấn, body = the notice's paragraphs only.
    12. Top byline in the info row (article 46): "Tác giả: TS. Nguyễn Văn Bình - Phó Hiệu
        trưởng" -> ["Nguyễn Văn Bình"]; its Word footnote calls "[1]" stay in their sentences and
        "Tài liệu tham khảo" with its entries is body.
    13. Print pop-up ``index2.php?…&pop=1`` reached only through ``onclick="window.open(…)"``:
        an alt_path of every article.
    14. Text written with FCKeditor's entity option (article 45): ``&agrave;``/``&#7897;`` refs.

Gold decisions on ambiguous points
    - Split article: path = the page-1 URL; body = both halves (sapo first); alt_paths include
      ``&limitstart=1`` (it is part of the same article, not a second one) and ``&showall=1``.
    - The letterhead's day beats the post line for a notice (house convention), so article 51's
      published_at is "2026-11-30" although the page's post line prints a later time.
    - "Ảnh: Vũ Đức Long" under a photo (article 42) is a credit: caption None, photographer.
    - A unit signing alone ("Phòng Quản lý đào tạo", article 47) is the author as printed.
    - A byline's second line with the unit ("Phòng Quản lý đào tạo" under "ThS. Hoàng Thị Mai")
      is the unit after the name: not an author.
    - The 2008 module's "File đính kèm" line (article 49) is not body.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "php_vendor_option_task_tct"
PLATFORM = "Home-made vendor PHP 5 portal (Mambo-like option/task routing, table layout)"
START_PATH = "/"

SITE_NAME = "Trường Chính trị tỉnh Yên Bái"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_PAGE = 3

CATS = {
    1: "Tin tức - Sự kiện",
    2: "Đào tạo - Bồi dưỡng",
    3: "Nghiên cứu khoa học",
    4: "Thông báo",
}

PAGEBREAK = Raw("{mospagebreak}")
IMG = "images/stories/2026"

# --- the articles ---------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        id=53,
        slug="a1",
        title="Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 tại Yên Bái",
        cat="1",
        published_at="2026-12-03T14:30:00+07:00",
        summary="Sáng 03/12, Trường Chính trị tỉnh Yên Bái phối hợp với Học viện Chính trị khu vực I tổ chức khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028 cho 112 học viên.",
        sapo_outside=True,
        blocks=[
            Img(f"{IMG}/12/khai_giang_cc_2026.jpg", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo tại lễ khai giảng", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo tại lễ khai giảng", "below"),
            P("Dự lễ khai giảng có đồng chí Phó Bí thư Thường trực Tỉnh ủy; lãnh đạo Ban Tổ chức Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy và Ban Giám hiệu Trường Chính trị tỉnh."),
            P("Học viên lớp học là cán bộ lãnh đạo, quản lý các sở, ban, ngành, đoàn thể tỉnh và các huyện, thị xã, thành phố trong tỉnh, được cử đi học theo quy hoạch."),
            P("Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị học viên nêu cao tinh thần tự học, gắn lý luận với thực tiễn công tác tại cơ quan, đơn vị, địa phương."),
            P("Trong thời gian 2 năm, học viên sẽ được nghiên cứu 4 khối kiến thức với 16 học phần và viết khóa luận tốt nghiệp."),
            Raw('<p align="right"><b>Tin, ảnh: Phạm Quang Huy</b></p>'),
        ],
        authors=["Phạm Quang Huy"],
        photographers=["Phạm Quang Huy"],
        opts={"posted": "2026-12-03 14:30", "updated": "Thứ Sáu, 04/12/2026 08:05"},
    ),
    Story(
        id=52,
        slug="a2",
        title="Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027",
        cat="1",
        published_at="2026-12-01T10:15:00+07:00",
        blocks=[
            P("Ngày 30/11/2026, Trường Chính trị tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác năm 2026, triển khai nhiệm vụ năm 2027."),
            P("Năm 2026, nhà trường đã mở 38 lớp đào tạo, bồi dưỡng với 3.245 học viên, vượt 8% kế hoạch; 100% giảng viên đi thực tế tại cơ sở theo quy định."),
            Img(f"{IMG}/12/tong_ket_01.jpg", "Đồng chí Hiệu trưởng báo cáo kết quả công tác năm 2026", "Đồng chí Hiệu trưởng báo cáo kết quả công tác năm 2026", "pairL"),
            Img(f"{IMG}/12/tong_ket_02.jpg", "Trao Giấy khen cho các tập thể có thành tích xuất sắc", "Trao Giấy khen cho các tập thể có thành tích xuất sắc", "pairR"),
            P("Hội nghị đã thảo luận, thống nhất các chỉ tiêu, nhiệm vụ trọng tâm năm 2027, trong đó chú trọng đổi mới phương pháp giảng dạy và ứng dụng công nghệ thông tin."),
            P("Dịp này, nhà trường khen thưởng 4 tập thể và 15 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026."),
            Raw('<p align="right"><b>Tin: Lê Thu Trang - Ảnh: Vũ Đức Long</b></p>'),
        ],
        authors=["Lê Thu Trang"],
        photographers=["Vũ Đức Long"],
        opts={"posted": "2026-12-01 10:15"},
    ),
    Story(
        id=48,
        slug="a3",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc với Trường Chính trị tỉnh Yên Bái",
        cat="1",
        published_at="2026-11-24T16:00:00+07:00",
        summary="Chiều 24/11, Đoàn công tác Học viện Chính trị khu vực I do đồng chí Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Yên Bái.",
        blocks=[
            P("Chiều 24/11, Đoàn công tác Học viện Chính trị khu vực I do đồng chí Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Yên Bái.", "b"),
            Img(f"{IMG}/11/hvct_kv1_lam_viec.jpg", "(Toàn cảnh buổi làm việc)", "Toàn cảnh buổi làm việc", "above"),
            P("Tại buổi làm việc, hai bên đã trao đổi về việc phối hợp tổ chức các lớp Cao cấp lý luận chính trị tại địa phương và công tác quản lý học viên."),
            P("Đồng chí Phó Giám đốc Học viện đánh giá cao sự chuẩn bị chu đáo về cơ sở vật chất, ký túc xá và thư viện của nhà trường."),
            Raw('<p align="right"><b>Thanh Chi</b></p><p align="right"><i>Theo Báo Yên Bái</i></p>'),
        ],
        authors=["Thanh Chi"],
        source="Báo Yên Bái",
        opts={"posted": "2026-11-24 16:00", "updated": "Thứ Tư, 25/11/2026 07:40"},
    ),
    Story(
        id=43,
        slug="a4",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="1",
        published_at="2026-10-28",
        blocks=[
            P("Ngày 27/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao chất lượng sinh hoạt chi bộ trong đơn vị sự nghiệp”."),
            P("Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận, làm rõ những nội dung:", "br1"),
            P("- Đổi mới nội dung, hình thức sinh hoạt chi bộ;", "br1"),
            P("- Nâng cao tính chiến đấu, tính giáo dục trong sinh hoạt chi bộ;", "br1"),
            P("- Gắn sinh hoạt chi bộ với thực hiện nhiệm vụ chuyên môn."),
            P("Kết thúc buổi sinh hoạt, chi bộ thống nhất đưa các giải pháp vào chương trình công tác năm 2027."),
        ],
        authors=["Nguyễn Thu Hà"],
        opts={"posted": "2026-10-28 09:00", "tpl": "old", "signer": "Nguyễn Thu Hà"},
    ),
    Story(
        id=41,
        slug="a5",
        title="Trường Chính trị tỉnh hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
        cat="1",
        published_at="2026-10-15T08:45:00+07:00",
        blocks=[
            Img(f"{IMG}/10/binh_dang_gioi.jpg", None, None, "alt"),
            P("Thực hiện Kế hoạch của Ban Vì sự tiến bộ của phụ nữ tỉnh, Trường Chính trị tỉnh đã treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2026."),
            P("Công đoàn nhà trường tổ chức tọa đàm “Phụ nữ Trường Chính trị với công tác giảng dạy và nghiên cứu khoa học” thu hút đông đảo cán bộ, giảng viên tham gia."),
            Raw('<p align="right"><b>BBT</b></p>'),
        ],
        opts={
            "posted": "2026-10-15 08:45",
            "alt": "Cán bộ, giảng viên Trường Chính trị tỉnh hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
        },
    ),
    Story(
        id=50,
        slug="b1",
        title="Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 44 hệ tập trung",
        cat="2",
        published_at="2026-11-27T15:20:00+07:00",
        summary="Chiều 27/11, Trường Chính trị tỉnh tổ chức lễ bế giảng và trao bằng tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 44 hệ tập trung cho 86 học viên.",
        sapo_outside=True,
        blocks=[
            Img(f"{IMG}/11/be_giang_k44.jpg", "Ban Giám hiệu trao bằng tốt nghiệp cho các học viên", "Ban Giám hiệu trao bằng tốt nghiệp cho các học viên", "below"),
            P("Sau 8 tháng học tập, các học viên đã hoàn thành chương trình với 5 phần học, 27 học phần theo quy định của Học viện Chính trị quốc gia Hồ Chí Minh."),
            P("Kết quả, 100% học viên tốt nghiệp, trong đó 21 học viên đạt loại giỏi (24,4%), 63 học viên đạt loại khá (73,3%) và 2 học viên đạt loại trung bình."),
            P("Trong quá trình học tập, lớp đã tổ chức đi nghiên cứu thực tế tại huyện Mù Cang Chải và thị xã Nghĩa Lộ, viết thu hoạch đúng thời gian quy định."),
            PAGEBREAK,
            P("Phát biểu bế giảng, đồng chí Hiệu trưởng ghi nhận sự nỗ lực của tập thể lớp và mong muốn các học viên vận dụng kiến thức đã học vào thực tiễn công tác."),
            P("Nhân dịp này, nhà trường trao Giấy khen cho 5 học viên có thành tích xuất sắc trong học tập và rèn luyện."),
            P("Đại diện học viên, đồng chí lớp trưởng bày tỏ lòng biết ơn đối với sự tận tình của đội ngũ giảng viên và cán bộ phục vụ nhà trường."),
            Raw('<p align="right"><b>ThS. Hoàng Thị Mai</b><br /><i>Phòng Quản lý đào tạo</i></p>'),
        ],
        authors=["Hoàng Thị Mai"],
        opts={"posted": "2026-11-27 15:20", "updated": "Thứ Bảy, 28/11/2026 10:02"},
    ),
    Story(
        id=47,
        slug="b2",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="2",
        published_at="2026-11-20T09:00:00+07:00",
        blocks=[
            P("Từ ngày 16 đến 20/11/2026, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh mở lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4."),
            P("Lớp học có 95 học viên là trưởng thôn, bí thư chi bộ, công an viên các xã, phường. Nội dung chương trình gồm:"),
            P("STT | Chuyên đề | Số tiết", "row"),
            P("1 | Quan điểm của Đảng về xây dựng nền quốc phòng toàn dân | 4", "row"),
            P("2 | Xây dựng thế trận an ninh nhân dân ở cơ sở | 4", "row"),
            P("3 | Công tác dân quân tự vệ trong tình hình mới | 3", "row"),
            P("Kết thúc khóa học, 100% học viên đạt yêu cầu và được cấp giấy chứng nhận."),
            Raw('<p align="right"><b>Phòng Quản lý đào tạo</b></p>'),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"posted": "2026-11-20 09:00"},
    ),
    Story(
        id=45,
        slug="b3",
        title="Lớp bồi dưỡng cập nhật kiến thức cho cán bộ diện Ban Thường vụ Tỉnh ủy quản lý",
        cat="2",
        published_at="2026-11-12T14:00:00+07:00",
        blocks=[
            P("Ngày 12/11, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng cập nhật kiến thức năm 2026 cho 64 đồng chí cán bộ diện Ban Thường vụ Tỉnh ủy quản lý."),
            P("Trong 5 ngày, học viên được nghe báo cáo các chuyên đề:"),
            P("Những điểm mới trong các văn kiện Đại hội XIV của Đảng;", "li"),
            P("Tình hình kinh tế - xã hội của tỉnh và nhiệm vụ trọng tâm năm 2027;", "li"),
            P("Kỹ năng lãnh đạo, quản lý trong chuyển đổi số.", "li"),
            P("Các báo cáo viên là lãnh đạo các ban xây dựng Đảng của Tỉnh ủy và giảng viên Học viện Chính trị khu vực I."),
            Raw('<p align="right"><b>Đỗ Thị Lan Anh</b></p><p align="right"><i>Nguồn: Ban Tổ chức Tỉnh ủy Yên Bái</i></p>'),
        ],
        authors=["Đỗ Thị Lan Anh"],
        source="Ban Tổ chức Tỉnh ủy Yên Bái",
        opts={"posted": "2026-11-12 14:00", "entities": True},
    ),
    Story(
        id=42,
        slug="b4",
        title="Thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Văn Chấn",
        cat="2",
        published_at="2026-10-20T10:30:00+07:00",
        blocks=[
            P("Từ ngày 18 đến 19/10/2026, Trường Chính trị tỉnh tổ chức thi tốt nghiệp cho 74 học viên lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung tại huyện Văn Chấn."),
            Img(f"{IMG}/10/thi_tn_van_chan.jpg", "Ảnh: Vũ Đức Long", None, "below"),
            P("Kỳ thi gồm hai môn: Lý luận chính trị và Quản lý hành chính nhà nước, được tổ chức nghiêm túc, đúng quy chế."),
            Raw('<p align="right"><b>Tin: Minh Khôi</b></p>'),
        ],
        authors=["Minh Khôi"],
        photographers=["Vũ Đức Long"],
        opts={"posted": "2026-10-20 10:30"},
    ),
    Story(
        id=46,
        slug="c1",
        title="Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương",
        cat="3",
        published_at="2026-11-18T08:00:00+07:00",
        blocks=[
            P("Gắn lý luận với thực tiễn là nguyên tắc cơ bản trong giảng dạy lý luận chính trị ở các trường chính trị tỉnh.[1] Bài viết trao đổi một số giải pháp từ thực tiễn Trường Chính trị tỉnh Yên Bái."),
            P("1. Thực trạng", "h"),
            P("Những năm qua, đội ngũ giảng viên của trường đã chú trọng đưa tình hình thực tiễn của tỉnh vào bài giảng; tuy nhiên, số liệu đôi khi chưa được cập nhật kịp thời.[2]"),
            P("2. Một số giải pháp", "h"),
            P("Một là, thực hiện nghiêm chế độ đi thực tế của giảng viên theo Quy định số 09-QĐ/TW."),
            P("Hai là, xây dựng ngân hàng tình huống, số liệu thực tiễn của địa phương dùng chung cho các khoa."),
            P("Tài liệu tham khảo", "h"),
            P("[1] Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb. Chính trị quốc gia Sự thật, Hà Nội, 2021.", "ref"),
            P("[2] Trường Chính trị tỉnh Yên Bái: Báo cáo tổng kết năm học 2025 - 2026.", "ref"),
        ],
        authors=["Nguyễn Văn Bình"],
        opts={"posted": "2026-11-18 08:00", "top": "Tác giả: TS. Nguyễn Văn Bình - Phó Hiệu trưởng"},
    ),
    Story(
        id=44,
        slug="c2",
        title="Hội thảo khoa học “Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo tại Trường Chính trị tỉnh”",
        cat="3",
        published_at="2026-11-05T16:45:00+07:00",
        summary="Ngày 05/11, Trường Chính trị tỉnh tổ chức hội thảo khoa học cấp trường với 22 tham luận của cán bộ, giảng viên.",
        sapo_outside=True,
        blocks=[
            P("Các tham luận tập trung làm rõ giá trị lý luận và thực tiễn của tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ."),
            Img(f"{IMG}/11/hoi_thao_hcm.jpg", "Các đại biểu tham dự hội thảo", "Các đại biểu tham dự hội thảo", "below"),
            P("Hội thảo đã đề xuất nhiều giải pháp đổi mới nội dung, chương trình bồi dưỡng cán bộ cơ sở phù hợp với đặc điểm vùng dân tộc thiểu số của tỉnh."),
            Raw('<p align="right"><b>Khánh Linh</b> - <i>Phòng Khoa học - Thông tin</i></p>'),
        ],
        authors=["Khánh Linh"],
        opts={"posted": "2026-11-05 16:45"},
    ),
    Story(
        id=51,
        slug="d1",
        title="Thông báo về việc tổ chức Hội nghị cán bộ, viên chức năm 2027",
        cat="4",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table width="100%" border="0" cellpadding="2"><tr>'
                '<td width="45%" align="center" valign="top"><b>TỈNH ỦY YÊN BÁI<br />TRƯỜNG CHÍNH TRỊ</b><br />*<br />Số: 218-TB/TCT</td>'
                '<td align="center" valign="top"><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b><br /><br /><i>Yên Bái, ngày 30 tháng 11 năm 2026</i></td>'
                "</tr></table>"
                '<p align="center"><b>THÔNG BÁO</b><br /><b>Về việc tổ chức Hội nghị cán bộ, viên chức năm 2027</b></p>'
            ),
            P("Thực hiện Quy chế dân chủ ở cơ sở, Ban Giám hiệu Trường Chính trị tỉnh thông báo tổ chức Hội nghị cán bộ, viên chức năm 2027 như sau:"),
            P("1. Thời gian: 01 ngày, bắt đầu từ 7 giờ 30 phút, ngày 15/12/2026."),
            P("2. Địa điểm: Hội trường A, Trường Chính trị tỉnh."),
            P("3. Thành phần: Toàn thể cán bộ, viên chức, người lao động của nhà trường."),
            P("Đề nghị các khoa, phòng tổ chức hội nghị cấp khoa, phòng trước ngày 10/12/2026 và gửi kết quả về Văn phòng để tổng hợp."),
            Raw(
                '<table width="100%" border="0"><tr>'
                '<td width="50%" valign="top"><b><i>Nơi nhận:</i></b><br />- Thường trực Tỉnh ủy (b/c);<br />- Ban Tổ chức Tỉnh ủy (b/c);<br />- Các khoa, phòng;<br />- Lưu VP.</td>'
                '<td align="center" valign="top"><b>T/L HIỆU TRƯỞNG<br />CHÁNH VĂN PHÒNG</b><br /><br /><i>(Đã ký)</i><br /><br /><b>Đỗ Minh Tuấn</b></td>'
                "</tr></table>"
            ),
        ],
        authors=["Đỗ Minh Tuấn"],
        opts={"posted": "2026-12-01 08:15", "top": "Viết bởi vanphong"},
    ),
    Story(
        id=49,
        slug="d2",
        title="Thông báo lịch khai giảng các lớp Trung cấp lý luận chính trị - hành chính năm 2027",
        cat="4",
        published_at="2026-11-25T09:00:00+07:00",
        blocks=[
            P("Trường Chính trị tỉnh thông báo lịch khai giảng các lớp Trung cấp lý luận chính trị - hành chính năm 2027 như sau:"),
            P("- Lớp hệ tập trung khóa 45: khai giảng ngày 08/01/2027 tại Trường Chính trị tỉnh;"),
            P("- Lớp hệ không tập trung tại huyện Lục Yên: khai giảng ngày 15/01/2027;"),
            P("- Lớp hệ không tập trung tại huyện Trạm Tấu: khai giảng ngày 22/01/2027."),
            P("Đề nghị các cơ quan, đơn vị cử cán bộ đi học đúng thành phần, thời gian quy định."),
            Raw('<p>File đính kèm: <a href="upload/files/lich_khai_giang_2027.pdf"><img src="templates/tct_yb/images/pdf.gif" border="0" alt="" /> lich_khai_giang_2027.pdf</a> (215 KB)</p>'),
        ],
        opts={"posted": "2026-11-25 09:00", "top": "Viết bởi quantri"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _posted(s: Story) -> datetime:
    return datetime.strptime(s.opts["posted"], "%Y-%m-%d %H:%M")


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_posted, reverse=True)


def in_cat(cid: int) -> list[Story]:
    return newest([s for s in STORIES if int(s.cat) == cid])


def others(s: Story) -> list[Story]:
    """The "Các tin khác" box: the 2 newest other posts of the category."""
    return [o for o in in_cat(int(s.cat)) if o.id != s.id][:2]


def is_split(s: Story) -> bool:
    return PAGEBREAK in s.blocks


# --- static pages (not articles) ------------------------------------------------------------

PAGES = {
    1: ("Giới thiệu chung", [
        "Trường Chính trị tỉnh Yên Bái là đơn vị sự nghiệp trực thuộc Tỉnh ủy, chịu sự chỉ đạo trực tiếp, toàn diện của Ban Thường vụ Tỉnh ủy.",
        "Trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị ở cơ sở.",
    ]),
    2: ("Lịch sử hình thành và phát triển", [
        "Tiền thân của Trường là Trường Đảng tỉnh Yên Bái, thành lập năm 1960.",
        "Năm 1995, Trường được đổi tên thành Trường Chính trị tỉnh Yên Bái.",
    ]),
    3: ("Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các khoa: Lý luận cơ sở; Xây dựng Đảng; Nhà nước và Pháp luật; Dân vận. Các phòng: Tổ chức - Hành chính; Quản lý đào tạo; Nghiên cứu khoa học.",
    ]),
    4: ("Chức năng, nhiệm vụ", [
        "Đào tạo trung cấp lý luận chính trị - hành chính; bồi dưỡng cán bộ lãnh đạo, quản lý cấp cơ sở.",
        "Nghiên cứu khoa học, tổng kết thực tiễn góp phần phục vụ công tác giảng dạy.",
    ]),
    5: ("Liên hệ", [
        "Trường Chính trị tỉnh Yên Bái - Đường Nguyễn Tất Thành, phường Yên Thịnh, thành phố Yên Bái.",
        "Điện thoại: 0216.3852.418 - Fax: 0216.3852.419 - Email: truongchinhtri@yenbai.gov.vn",
    ]),
}

# --- URLs -----------------------------------------------------------------------------------


def view_url(sid: int, extra: str = "") -> str:
    """The path of an article as the site prints it (unescaped)."""
    return f"/index.php?option=news&task=view&id={sid}{extra}"


def amp_url(sid: int) -> str:
    """What a double-escaped "Các tin khác" href decodes to."""
    return f"/index.php?option=news&amp;task=view&amp;id={sid}"


def print_url(sid: int) -> str:
    return f"/index2.php?option=news&task=view&id={sid}&pop=1"


def list_url(cid: int, page: int | None = None) -> str:
    return f"/index.php?option=news&task=list&cid={cid}" + (f"&page={page}" if page else "")


def page_url(pid: int) -> str:
    return f"/index.php?option=page&id={pid}"


POLL_URL = "/index.php?option=poll&task=results&id=1"


def href(path: str) -> str:
    """A site-relative link as the templates print it (``index.php?…`` with ``&amp;``)."""
    return esc(path.lstrip("/"))


# --- chrome ---------------------------------------------------------------------------------

_WEEKDAYS_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _menu() -> str:
    sub_gt = "".join(f'<a href="{href(page_url(i))}">{esc(PAGES[i][0])}</a>' for i in (1, 2, 3, 4))
    sub_tt = "".join(f'<a href="{href(list_url(c))}">{esc(CATS[c])}</a>' for c in (1, 2, 3))
    return (
        '<table id="mn_ngang" width="100%" cellpadding="0" cellspacing="0" bgcolor="#a50000"><tr>'
        '<td class="mn_cha"><a href="index.php">Trang chủ</a></td>'
        f'<td class="mn_cha" onmouseover="hienmenu(1)" onmouseout="anmenu(1)"><a href="{href(page_url(1))}">Giới thiệu</a>'
        f'<div class="mn_con" id="mnc1" style="display:none">{sub_gt}</div></td>'
        f'<td class="mn_cha" onmouseover="hienmenu(2)" onmouseout="anmenu(2)"><a href="{href(list_url(1))}">Tin tức</a>'
        f'<div class="mn_con" id="mnc2" style="display:none">{sub_tt}</div></td>'
        f'<td class="mn_cha"><a href="{href(list_url(4))}">Thông báo</a></td>'
        f'<td class="mn_cha"><a href="{href(page_url(5))}">Liên hệ</a></td>'
        "</tr></table>"
    )


def _left() -> str:
    most = [BY_ID[i] for i in (53, 46, 47, 48)]
    most_html = "".join(
        f'<tr><td class="dn_item"><img src="templates/tct_yb/images/muiten.gif" alt="" /> '
        f'<a href="{href(view_url(s.id))}">{esc(s.title)}</a></td></tr>'
        for s in most
    )
    notes = "".join(
        f'<li><a href="{href(view_url(s.id))}">{esc(s.title)}</a></li>' for s in in_cat(4)
    )
    return (
        '<table width="100%" class="khoi_trai" cellpadding="3"><tr><td class="tde_khoi">TIN ĐỌC NHIỀU</td></tr>'
        f"{most_html}</table>"
        '<table width="100%" class="khoi_trai"><tr><td class="tde_khoi">THÔNG BÁO</td></tr>'
        f'<tr><td><marquee direction="up" scrollamount="1" height="120"><ul class="ds_tb">{notes}</ul></marquee></td></tr></table>'
        '<table width="100%" class="khoi_trai"><tr><td class="tde_khoi">LIÊN KẾT WEBSITE</td></tr><tr><td>'
        "<select onchange=\"if(this.value!='')window.open(this.value)\" style=\"width:170px\">"
        '<option value="">-- Chọn liên kết --</option>'
        '<option value="http://www.yenbai.gov.vn">Cổng TTĐT tỉnh Yên Bái</option>'
        '<option value="http://hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="http://baoyenbai.com.vn">Báo Yên Bái</option>'
        "</select></td></tr></table>"
    )


def _right() -> str:
    return (
        '<table width="100%" class="khoi_phai"><tr><td class="tde_khoi">THĂM DÒ Ý KIẾN</td></tr><tr><td>'
        '<form method="post" action="index.php?option=poll&amp;task=vote&amp;id=1">'
        "<b>Bạn đánh giá thế nào về giao diện website mới?</b><br />"
        '<input type="radio" name="voteid" value="1" /> Đẹp, dễ sử dụng<br />'
        '<input type="radio" name="voteid" value="2" /> Bình thường<br />'
        '<input type="radio" name="voteid" value="3" /> Cần cải tiến<br />'
        '<input type="submit" value="Bình chọn" class="nut" /> '
        f'<a href="{href(POLL_URL)}">Xem kết quả</a></form></td></tr></table>'
        '<table width="100%" class="khoi_phai"><tr><td class="tde_khoi">THỐNG KÊ TRUY CẬP</td></tr>'
        '<tr><td><img src="templates/tct_yb/images/online.gif" alt="" /> Đang online: 27<br />'
        "Hôm nay: 412<br />Tổng truy cập: 1.284.557</td></tr></table>"
        '<p align="center"><a href="http://www.facebook.com/truongchinhtriyenbai" target="_blank">'
        '<img src="templates/tct_yb/images/banner_fb.jpg" width="180" border="0" alt="Facebook" /></a></p>'
    )


def layout(title: str, pathway: str, content: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<meta name="description" content="Trường Chính trị tỉnh Yên Bái - Cổng thông tin điện tử" />
<meta name="keywords" content="truong chinh tri, yen bai, dao tao, boi duong" />
<meta name="Generator" content="CMS TCT v2.3 - Copyright (C) 2008 Cong ty CP Phan mem ABC" />
<link rel="stylesheet" href="templates/tct_yb/css/template_css.css" type="text/css" />
<script type="text/javascript" src="includes/js/menu.js"></script>
<link rel="shortcut icon" href="images/favicon.ico" />
</head>
<body topmargin="0" leftmargin="0">
<table width="990" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td>
 <table width="100%" cellpadding="0" cellspacing="0" background="templates/tct_yb/images/bg_banner.jpg"><tr>
  <td width="110"><a href="index.php"><img src="templates/tct_yb/images/logo.gif" width="100" border="0" alt="Logo" /></a></td>
  <td><h1 style="font-size:26px;color:#c00000;margin:0">TRƯỜNG CHÍNH TRỊ TỈNH YÊN BÁI</h1>
  <div style="color:#a50000;font-weight:bold">Trung thành - Sáng tạo - Chuẩn mực - Hiệu quả</div></td>
  <td align="right" valign="bottom" style="padding:4px">
   <span class="ngay_hientai">{TODAY_LINE}</span><br />
   <form action="index.php" method="get" name="frmTimKiem"><input type="hidden" name="option" value="search" />
   <input type="text" name="searchword" size="18" value="Tìm kiếm..." onfocus="this.value=''" class="o_tk" />
   <input type="submit" value="Tìm" class="nut" /></form>
  </td></tr></table>
</td></tr>
<tr><td>{_menu()}</td></tr>
<tr><td class="pathway" style="padding:4px 6px"><a href="index.php" class="pathway">Trang chủ</a> {pathway}</td></tr>
<tr><td>
 <table width="100%" cellpadding="0" cellspacing="4" border="0"><tr>
  <td width="200" valign="top">{_left()}</td>
  <td valign="top">{content}</td>
  <td width="200" valign="top">{_right()}</td>
 </tr></table>
</td></tr>
<tr><td class="chan_trang" align="center" style="background:#a50000;color:#fff;padding:8px">
 <b>TRƯỜNG CHÍNH TRỊ TỈNH YÊN BÁI</b><br />
 Địa chỉ: Đường Nguyễn Tất Thành, phường Yên Thịnh, thành phố Yên Bái, tỉnh Yên Bái<br />
 Điện thoại: 0216.3852.418 - Fax: 0216.3852.419 - Email: truongchinhtri@yenbai.gov.vn<br />
 Ghi rõ nguồn "Trường Chính trị tỉnh Yên Bái" khi phát hành lại thông tin từ website này.<br />
 © 2008 Bản quyền thuộc Trường Chính trị tỉnh Yên Bái. Thiết kế bởi Công ty CP Phần mềm ABC.
</td></tr>
</table>
</body>
</html>"""


def _sep() -> str:
    return '<img src="templates/tct_yb/images/arrow.png" alt="" border="0" />'


# --- article text ---------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    out = text(value, entities=1 if s.opts.get("entities") else 0)
    return out


def _with_calls(markup: str) -> str:
    """Word's footnote calls: ``[n]`` linked to its note."""
    return re.sub(r"\[(\d+)\]", r'<a href="#_ftn\1" name="_ftnref\1" title="">[\1]</a>', markup)


NO_ALT = 'alt="" '


def _img_tag(src: str, extra: str = "") -> str:
    return f'<img src="{esc(src)}" border="0" width="480" {extra}/>'


def render_blocks(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b is not PAGEBREAK:
                out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "below":
                out.append(
                    '<table class="tbl_anh" align="center" width="480" border="0" cellpadding="2"><tr><td>'
                    f'{_img_tag(b.src, NO_ALT)}</td></tr>'
                    f'<tr><td class="cthich" align="center"><i>{esc(b.printed or "")}</i></td></tr></table>'
                )
            elif b.style == "above":
                out.append(
                    '<table class="tbl_anh" align="center" width="480" border="0" cellpadding="2">'
                    f'<tr><td class="cthich" align="center"><i>{esc(b.printed or "")}</i></td></tr>'
                    f'<tr><td>{_img_tag(b.src, NO_ALT)}</td></tr></table>'
                )
            elif b.style == "alt":
                alt = esc(s.opts["alt"])
                attrs = f'alt="{alt}" title="{alt}" '
                out.append(f'<p align="center">{_img_tag(b.src, attrs)}</p>')
            elif b.style == "pairL":
                r = blocks[i + 1]
                assert isinstance(r, Img) and r.style == "pairR"
                out.append(
                    '<table class="tbl_anh" align="center" width="100%" border="0" cellpadding="3"><tr>'
                    f'<td width="50%"><img src="{esc(b.src)}" width="235" border="0" alt="" /></td>'
                    f'<td width="50%"><img src="{esc(r.src)}" width="235" border="0" alt="" /></td></tr><tr>'
                    f'<td class="cthich" align="center"><i>{esc(b.printed or "")}</i></td>'
                    f'<td class="cthich" align="center"><i>{esc(r.printed or "")}</i></td></tr></table>'
                )
                i += 1
            i += 1
            continue
        # paragraphs
        if b.style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                tag = "<td><b>{}</b></td>" if first else "<td>{}</td>"
                rows.append("<tr>" + "".join(tag.format(_t(s, c)) for c in cells) + "</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="3" cellspacing="0" width="100%" style="border-collapse:collapse">'
                + "".join(rows) + "</table>"
            )
            continue
        if b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        body = _t(s, b.text)
        if b.style == "b":
            out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>')
        elif b.style == "h":
            out.append(f'<p style="text-align: justify;"><b>{body}</b></p>')
        elif b.style == "ref":
            n = re.match(r"\[(\d+)\]", b.text).group(1)  # type: ignore[union-attr]
            rest = _t(s, b.text[len(n) + 2:])
            out.append(
                f'<p style="font-size:11px"><a href="#_ftnref{n}" name="_ftn{n}" title="">[{n}]</a>{rest}</p>'
            )
        else:
            out.append(f'<p style="text-align: justify;">{_with_calls(body)}</p>')
        i += 1
    return "\n".join(out)


def render_old(s: Story) -> str:
    """The 2009 import: ``nl2br()`` text, paragraphs by blank lines, ``br1`` lines by one break."""
    parts: list[str] = []
    for b in s.blocks:
        assert isinstance(b, P)
        sep = "<br />\r\n" if b.style == "br1" else "<br />\r\n<br />\r\n"
        lead = "" if b.text.startswith("- ") else "&nbsp;&nbsp;&nbsp;&nbsp;"
        parts.append(lead + esc(b.text) + sep)
    parts.append(f"<b>{esc(s.opts['signer'])}</b>")
    return f'<div class="nd_txt" style="text-align:justify">{"".join(parts)}</div>'


def date_line(s: Story) -> str:
    d = _posted(s)
    if s.cat == "4":
        return d.strftime("%A, %d %B %Y %H:%M")
    if s.opts.get("tpl") == "old":
        return f"Ngày đăng: {d:%d/%m/%Y}"
    return f"Ngày đăng: {_WEEKDAYS_VI[d.weekday()]}, {d:%d/%m/%Y %H:%M}"


def _split(s: Story) -> tuple[list, list]:
    k = s.blocks.index(PAGEBREAK)
    return s.blocks[:k], s.blocks[k + 1:]


def article_content(s: Story, part: str = "all") -> str:
    """The content column of an article view; ``part`` is "1", "2" or "all" for split articles."""
    top = s.opts.get("top")
    info_rows = ""
    if top:
        info_rows += f'<tr><td class="ng_bv" colspan="2"><i>{esc(top)}</i></td></tr>'
    info_rows += (
        f'<tr><td class="ng_bv">{esc(date_line(s))}</td>'
        f'<td class="ng_bv" align="right">Lượt xem: {s.views()}</td></tr>'
    )
    blocks = s.blocks
    pager = ""
    if is_split(s):
        one, two = _split(s)
        blocks = {"1": one, "2": two}.get(part, s.blocks)
        if part == "1":
            pager = (
                '<div class="trang_bv" align="center">Trang 1 / 2 &nbsp; <b>[1]</b> '
                f'<a href="{href(view_url(s.id, "&limitstart=1"))}">2</a> &nbsp; '
                f'<a href="{href(view_url(s.id, "&limitstart=1"))}">Trang sau »</a> | '
                f'<a href="{href(view_url(s.id, "&showall=1"))}">Xem toàn bài</a></div>'
            )
        elif part == "2":
            pager = (
                '<div class="trang_bv" align="center">Trang 2 / 2 &nbsp; '
                f'<a href="{href(view_url(s.id))}">« Trang trước</a> '
                f'<a href="{href(view_url(s.id))}">1</a> <b>[2]</b> | '
                f'<a href="{href(view_url(s.id, "&showall=1"))}">Xem toàn bài</a></div>'
            )
    sapo = ""
    if s.summary and s.sapo_outside and part in ("1", "all"):
        sapo = (
            '<table width="100%" cellpadding="4"><tr><td class="tt_bv" style="text-align:justify">'
            f"<b>{esc(s.summary)}</b></td></tr></table>"
        )
    body = render_old(s) if s.opts.get("tpl") == "old" else render_blocks(s, blocks)
    updated = ""
    if s.opts.get("updated"):
        updated = (
            f'<tr><td colspan="2" class="capnhat_bv" align="left" style="color:#888;font-size:11px">'
            f'Cập nhật lần cuối ( {esc(s.opts["updated"])} )</td></tr>'
        )
    votes = 5 + s.id % 17
    rating = (
        '<tr><td colspan="2" class="dg_bv"><form method="post" '
        f'action="{href(f"/index.php?option=news&task=vote&id={s.id}")}" name="frmDanhGia{s.id}">'
        '<span class="ch_dg">Đánh giá bài viết:</span> '
        '<img src="templates/tct_yb/images/rating_star.png" alt="" /><img src="templates/tct_yb/images/rating_star.png" alt="" />'
        '<img src="templates/tct_yb/images/rating_star.png" alt="" /><img src="templates/tct_yb/images/rating_star_blank.png" alt="" />'
        '<img src="templates/tct_yb/images/rating_star_blank.png" alt="" /> &nbsp; Kém '
        + "".join(f'<input type="radio" name="user_rating" value="{v}" />' for v in range(1, 6))
        + f' Tốt <input type="submit" class="nut" value="Bình chọn" /> <span>({votes} lượt bình chọn)</span>'
        "</form></td></tr>"
    )
    more = "".join(
        f'<li><a href="{href(esc(view_url(o.id)))}">{esc(o.title)}</a> <span class="ng_ds">({_posted(o):%d/%m/%Y})</span></li>'
        for o in others(s)
    )
    print_js = (
        f"window.open('{print_url(s.id).lstrip('/')}','win2','status=no,toolbar=no,scrollbars=yes,"
        "titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no');"
    ).replace("&", "&amp;")
    return f"""
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="bv_khung"><tr>
 <td class="tde_bv" width="100%" style="font-size:16px;font-weight:bold;color:#a50000">{esc(s.title)}</td>
 <td class="cc_bv" align="right" width="60" nowrap="nowrap">
  <a href="javascript:void(0)" onclick="{print_js}" title="In bài viết"><img src="templates/tct_yb/images/printButton.png" border="0" alt="In" /></a>
  <a href="javascript:void(0)" title="Gửi email"><img src="templates/tct_yb/images/emailButton.png" border="0" alt="Email" /></a>
 </td></tr></table>
<table width="100%" cellpadding="2" cellspacing="0" border="0" class="bv_ttin">{info_rows}</table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" class="bv_nd">
<tr><td class="nd_bv" valign="top" colspan="2">
{sapo}
{body}
{pager}
</td></tr>
{updated}
{rating}
</table>
<div class="cong_cu" style="text-align:right;padding:4px">
 <a href="http://www.facebook.com/sharer.php?u=truongchinhtri.yenbai.gov.vn" target="_blank"><img src="templates/tct_yb/images/facebook.gif" alt="Chia sẻ Facebook" border="0" /></a>
 <a href="javascript:history.back()">« Quay lại</a> | <a href="#">Về đầu trang</a>
</div>
<table width="100%" class="tinkhac" cellpadding="3"><tr><td class="tde_tinkhac"><b>Các tin khác:</b></td></tr>
<tr><td><ul class="ds_tinkhac">{more}</ul></td></tr></table>
"""


def article_page(s: Story, part: str = "all") -> str:
    cat = int(s.cat)
    pathway = f'{_sep()} <a href="{href(list_url(cat))}" class="pathway">{esc(CATS[cat])}</a> {_sep()} {esc(s.title)}'
    return layout(f"{s.title} - {SITE_NAME}", pathway, article_content(s, part))


def print_page(s: Story) -> str:
    body = render_old(s) if s.opts.get("tpl") == "old" else render_blocks(s, s.blocks)
    sapo = f'<p class="tt_bv"><b>{esc(s.summary)}</b></p>' if s.summary and s.sapo_outside else ""
    return f"""<html><head><title>{esc(s.title)} - {SITE_NAME}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />
<link rel="stylesheet" href="templates/tct_yb/css/template_css.css" type="text/css" /></head>
<body class="contentpane">
<table width="100%" cellpadding="4"><tr><td class="tde_bv"><b>{esc(s.title)}</b></td>
<td align="right"><a href="javascript:void(0)" onclick="javascript:window.print(); return false" title="In"><img src="templates/tct_yb/images/printButton.png" border="0" alt="In" /></a></td></tr>
<tr><td class="ng_bv" colspan="2">{esc(date_line(s))}</td></tr>
<tr><td colspan="2">{sapo}{body}</td></tr></table>
</body></html>"""


# --- listings and home ----------------------------------------------------------------------


def _snippet(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def _thumb(s: Story) -> str:
    src = s.images[0].src if s.images else "images/no_image.jpg"
    return f'<img src="{esc(src)}" width="120" height="90" border="0" class="anh_nho" alt="" />'


def list_page(cid: int, page: int) -> str:
    items = in_cat(cid)
    pages = max(1, -(-len(items) // PER_PAGE))
    rows = "".join(
        f'<tr><td width="130" valign="top"><a href="{href(view_url(s.id))}">{_thumb(s)}</a></td>'
        f'<td valign="top"><a class="tde_ds" href="{href(view_url(s.id))}"><b>{esc(s.title)}</b></a> '
        f'<span class="ng_ds">({_posted(s):%d/%m/%Y})</span>'
        f'<div class="tt_ds">{esc(_snippet(s))}</div>'
        f'<a href="{href(view_url(s.id))}" class="xemtiep">Xem tiếp »</a></td></tr>'
        for s in items[(page - 1) * PER_PAGE: page * PER_PAGE]
    )
    pager = ""
    if pages > 1:
        links = []
        if page > 1:
            links.append(f'<a href="{href(list_url(cid, 1))}">«« Đầu</a>')
            links.append(f'<a href="{href(list_url(cid, page - 1))}">« Trước</a>')
        for p in range(1, pages + 1):
            links.append(f"<b>[{p}]</b>" if p == page else f'<a href="{href(list_url(cid, p))}">{p}</a>')
        if page < pages:
            links.append(f'<a href="{href(list_url(cid, page + 1))}">Sau »</a>')
            links.append(f'<a href="{href(list_url(cid, pages))}">Cuối »»</a>')
        pager = f'<div class="phantrang" align="center">Trang: {" ".join(links)}</div>'
    content = (
        f'<table width="100%" cellpadding="4"><tr><td class="tde_dm">{esc(CATS[cid].upper())}</td></tr></table>'
        f'<table width="100%" cellpadding="4" class="ds_tin">{rows}</table>{pager}'
    )
    pathway = f'{_sep()} {esc(CATS[cid])}'
    return layout(f"{CATS[cid]} - {SITE_NAME}", pathway, content)


def home_page() -> str:
    latest = newest(STORIES)[:5]
    top, rest = latest[0], latest[1:]
    feat = (
        '<table width="100%" cellpadding="4" class="tin_noibat"><tr>'
        f'<td width="260" valign="top"><a href="{href(view_url(top.id))}">'
        f'<img src="{esc(top.images[0].src)}" width="250" border="0" alt="" /></a></td>'
        f'<td valign="top"><a href="{href(view_url(top.id))}" class="tde_nb"><b>{esc(top.title)}</b></a>'
        f'<div class="tt_ds">{esc(_snippet(top))}</div></td></tr></table>'
    )
    news = "".join(
        f'<li><a href="{href(view_url(s.id))}">{esc(s.title)}</a> <span class="ng_ds">({_posted(s):%d/%m})</span></li>'
        for s in rest
    )
    blocks = ""
    for cid in (1, 2, 3):
        two = in_cat(cid)[:2]
        lis = "".join(f'<li><a href="{href(view_url(s.id))}">{esc(s.title)}</a></li>' for s in two)
        blocks += (
            f'<table width="100%" class="khoi_dm"><tr><td class="tde_khoi"><a href="{href(list_url(cid))}">'
            f"{esc(CATS[cid].upper())}</a></td></tr><tr><td><ul>{lis}</ul></td></tr></table>"
        )
    content = feat + f'<table width="100%" class="tin_moi"><tr><td class="tde_khoi">TIN MỚI</td></tr><tr><td><ul>{news}</ul></td></tr></table>' + blocks
    return layout(f"{SITE_NAME} - Trang chủ", "", content)


def static_page(pid: int) -> str:
    title, paras = PAGES[pid]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    content = f'<table width="100%" cellpadding="4"><tr><td class="tde_bv"><b>{esc(title)}</b></td></tr><tr><td>{body}</td></tr></table>'
    return layout(f"{title} - {SITE_NAME}", f"{_sep()} {esc(title)}", content)


def poll_page() -> str:
    content = (
        '<table width="100%" cellpadding="4"><tr><td class="tde_bv"><b>Kết quả thăm dò ý kiến</b></td></tr>'
        "<tr><td><b>Bạn đánh giá thế nào về giao diện website mới?</b><br />"
        "Đẹp, dễ sử dụng: 512 (61%)<br />Bình thường: 241 (29%)<br />Cần cải tiến: 84 (10%)<br />"
        "Tổng số phiếu: 837</td></tr></table>"
    )
    return layout(f"Thăm dò ý kiến - {SITE_NAME}", f"{_sep()} Thăm dò ý kiến", content)


def search_page(word: str) -> str:
    content = (
        f'<table width="100%" cellpadding="4"><tr><td class="tde_bv"><b>Kết quả tìm kiếm: {esc(word)}</b></td></tr>'
        "<tr><td>Không tìm thấy kết quả nào phù hợp.</td></tr></table>"
    )
    return layout(f"Tìm kiếm - {SITE_NAME}", f"{_sep()} Tìm kiếm", content)


# --- routing --------------------------------------------------------------------------------


def _params(request: Request) -> dict[str, str] | None:
    """The vendor's router: ``&amp;`` repaired, ``Itemid`` ignored; repeated keys refused."""
    parsed = parse_qs(request.query.replace("&amp;", "&"), keep_blank_values=True)
    if any(len(v) > 1 for v in parsed.values()):
        return None
    out = {k: v[0] for k, v in parsed.items()}
    out.pop("Itemid", None)
    return out


def _int(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/templates/", "/includes/")):
            return static_file(path)
        if path.startswith("/upload/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path not in ("/", "/index.php", "/index2.php"):
            return None
        q = _params(request)
        if q is None:
            return None
        if path == "/index2.php":
            if q.keys() == {"option", "task", "id", "pop"} and q["option"] == "news" and q["task"] == "view" and q["pop"] == "1":
                s = BY_ID.get(_int(q["id"]) or -1)
                return html(print_page(s)) if s else None
            return None
        if not q:
            return html(home_page())
        option = q.get("option")
        if option == "news":
            return self._news(request, q)
        if option == "page" and q.keys() == {"option", "id"}:
            pid = _int(q["id"])
            return html(static_page(pid)) if pid in PAGES else None
        if option == "poll" and q == {"option": "poll", "task": "results", "id": "1"}:
            return html(poll_page())
        if option == "poll" and request.method == "POST" and q.get("task") == "vote":
            return redirect(POLL_URL.lstrip("/"))
        if option == "search" and set(q) <= {"option", "searchword"}:
            return html(search_page(q.get("searchword", "")))
        return None

    def _news(self, request: Request, q: dict[str, str]) -> Response | None:
        task = q.get("task")
        if task == "list" and set(q) <= {"option", "task", "cid", "page"} and "cid" in q:
            cid = _int(q["cid"])
            if cid not in CATS:
                return None
            pages = max(1, -(-len(in_cat(cid)) // PER_PAGE))
            page = _int(q.get("page", "1"))
            if page is None or not 1 <= page <= pages:
                return None
            return html(list_page(cid, page))
        if task == "vote" and request.method == "POST" and set(q) == {"option", "task", "id"}:
            s = BY_ID.get(_int(q["id"]) or -1)
            return redirect(href(view_url(s.id))) if s else None
        if task != "view" or "id" not in q:
            return None
        s = BY_ID.get(_int(q["id"]) or -1)
        if s is None:
            return None
        extra = set(q) - {"option", "task", "id"}
        if not extra:
            return html(article_page(s, "1" if is_split(s) else "all"))
        if is_split(s) and extra == {"limitstart"} and q["limitstart"] in ("0", "1"):
            return html(article_page(s, str(int(q["limitstart"]) + 1)))
        if is_split(s) and extra == {"showall"} and q["showall"] == "1":
            return html(article_page(s, "all"))
        return None


def build_site() -> Site:
    return Site()


# --- gold -----------------------------------------------------------------------------------


def _amp_linked() -> set[int]:
    return {o.id for s in STORIES for o in others(s)}


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if is_split(s):
        alts += [view_url(s.id, "&limitstart=1"), view_url(s.id, "&showall=1")]
    if s.id in _amp_linked():
        alts.append(amp_url(s.id))
    alts.append(print_url(s.id))
    return alts


GOLD = [
    gold_record(s, view_url(s.id), CATS[int(s.cat)], alt_paths=_alt_paths(s))
    for s in newest(STORIES)
]

NON_ARTICLES = [page_url(i) for i in PAGES] + [POLL_URL]
