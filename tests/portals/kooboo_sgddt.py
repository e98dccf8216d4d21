"""Kooboo CMS 4 portal of the Sở Giáo dục và Đào tạo tỉnh Cao Bằng (blind fixture).

Platform: Kooboo CMS 4.x (ASP.NET MVC, Razor views placed in layout "positions", content kept in
"content folders"), themed and deployed by a provincial systems integrator. Layout positions
print as ``<div class="pos-…">``, each view is announced by an HTML comment
(``<!-- View: TinTuc.ChiTiet -->``), theme files live under ``/Cms_Data/Sites/SoGDDT/Themes/``,
media under ``/Cms_Data/Contents/SoGDDT/Media/``, bundled CSS/JS and resized images under
``/Kooboo/Resource/…``. Dates are printed with the vi-VN culture of .NET
(``04/12/2026 4:20:00 CH``: SA = morning, CH = afternoon).

URL scheme
- ``/``                                    home (featured news, news, notices, documents)
- ``/tin-tuc`` and ``/tin-tuc?pageIndex=N``  "Tin tức - Sự kiện" listing, 4 a page, 3 pages
- ``/tin-tuc/chi-tiet?UserKey=<slug>``       article (content folder ``TinTuc``)
- ``/tin-tuc/chi-tiet/<slug>``               the same article through Kooboo's second route
- ``/tin-tuc/chi-tiet/<uuid>``               article migrated from the old site (folder
  ``TinTucCu``: these have no UserKey; the GUID is matched case-insensitively)
- ``/thong-bao``, ``/thong-bao?pageIndex=N``, ``/thong-bao/chi-tiet?UserKey=…`` / ``/<uuid>``:
  notices, 3 a page, 2 pages
- ``/gioi-thieu/<page>``                     intro, organisation, contact
- ``/van-ban?pageIndex=N``, ``/van-ban/chi-tiet?UserKey=…``  legal documents (not articles)
- ``/tim-kiem?keyword=…``                    search (no results page)
- ``/Kooboo/Resource/Stylesheet|Scripts|ResizeImage?…``, ``/Kooboo/Submission/BinhChon`` (poll)

Page templates
- listing: ``div.v-dstin`` items (thumbnail, title link, date in parentheses, teaser) and the
  Kooboo pager ``div.kb-pager`` whose links are query-only (``href="?pageIndex=2"``).
- article (new template, UserKey contents): headline in ``div.ct-td`` (the ``<h1>`` is the
  department's name, the ``<title>`` is the page's, the same for every article), info bar
  ``div.ct-tt`` (date, views, CMS account), tools, sapo ``div.ct-tomtat`` (optional), text
  ``div.ct-nd``, attachments ``div.ct-dk``, tags, "Các tin khác" (older items of the same folder).
- article (old template, migrated uuid contents): ``table.tbl-tin`` with the headline in a
  ``<td class="tieude">``, a day-only date ``06-11-2026`` and the text in the next row.

How each gold article is reached
- ids 1-4 (news, newest): home page and ``/tin-tuc`` page 1; ids 5-6 on page 2 (linked with the
  listing's ``&pageIndex=2`` carried along), and in the clean form from newer articles'
  "Các tin khác"; id 7 (uuid) on page 2 only, id 8 (uuid) on page 2 and, upper-cased, in
  the most-read box; id 9 (uuid) on page 3 only.
- notices 10-12: home page, sidebar portlet, ``/thong-bao`` page 1; notice 13 (uuid) only on
  ``/thong-bao?pageIndex=2``.

Traps
1. Title: the ``<title>`` is the Kooboo *page* title ("Chi tiết tin | Sở GD&ĐT Cao Bằng") for
   every article and the ``<h1>`` is the department's name; the headline is a ``div.ct-td``
   (old template: ``td.tieude``). Gold title = that headline, "GD&ĐT" unescaped from ``&amp;``.
2. Duplicate URLs: ``chi-tiet?UserKey=x``, ``chi-tiet/x`` (most-read box), ``chi-tiet?UserKey=x
   &pageIndex=2`` (page 2 of the listing carries its page index) and an upper-case GUID in the
   most-read box for a migrated article; ``/tin-tuc?pageIndex=1`` repeats ``/tin-tuc``. Gold:
   one record each, the clean form as path, the others in ``alt_paths``.
3. .NET vi-VN dates: "4:20:00 CH" is 16:20; "12:00:00 SA" is midnight, i.e. a day without time
   (id 3: "2026-12-01"); old template prints "06-11-2026" (day only).
4. UTC vs local: id 5 carries ``<time datetime="2026-11-19T18:15:00Z">`` (UtcCreationDate) next to
   the printed "20/11/2026 1:15:00 SA" and after a "Cập nhật: 21/11/2026 7:40:00 SA" line; gold
   "2026-11-20T01:15:00+07:00" (the local day, not the UTC day nor the update).
5. Official notices (ids 10, 13): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and a
   signature table; the listing and info bar print the posting day (03/12, 22-10) but gold is the
   letterhead's day and the signer is the author.
6. Bylines: "Tin, ảnh: A, B" (both in authors and photographers), "Tin: ThS. X - Ảnh: Y",
   "Bế Thị Lan (Trường …)" (unit dropped), a unit signing alone ("Phòng GDTrH"), "BBT" and the
   info bar's "Người đăng: quantri_sgd" (nobody), "Nguồn: Báo Cao Bằng" / "Theo Cổng TTĐT tỉnh
   Cao Bằng" (source) while a body sentence "Theo kế hoạch, …" stays text.
7. Captions: TinyMCE tables with the caption in a second row, a centred ``<em>`` line in
   parentheses (taken off), ``<figure>/<figcaption>``, and a line "Ảnh: Bế Thị Lan" that only
   credits (caption None). Lazy images: ``src`` is the theme's ``grey.gif``, the photo is in
   ``data-original``; a resized image URL ``/Kooboo/Resource/ResizeImage?url=…&amp;width=700``.
8. Text encodings: id 6 is stored decomposed (NFD, title too); id 7 (migrated FCKeditor content)
   is all character references (``&agrave;``, ``&#7897;``). Gold is NFC.
9. Text boundaries: ``<br />`` splits a paragraph (id 2); a schedule table (rows "a | b | c") and
   a bullet list are text; "Xem thêm:" links, "Tệp đính kèm" lines, tags ("Từ khóa"), the print/
   email/share bar and "Các tin khác" are not.
10. Sapo: ``div.ct-tomtat`` outside the text (ids 1, 2, 4, 5, 11) is the summary and the body's
   first paragraph; a bold first paragraph (ids 8, 12) is the summary; id 3 has only a meta
   description (summary null).
11. Chrome that looks like content: a scrolling "Thông báo mới" portlet with dates, a most-read
   box, a poll form posting to ``/Kooboo/Submission/BinhChon``, the visitor counter.

Gold decisions on ambiguous points
- path = ``…/chi-tiet?UserKey=<slug>`` (what og:url names) for UserKey contents; the lower-case
  GUID form (as the listing links it and og:url names it) for migrated contents.
- a credit line under a photo ("Ảnh: X") is not a caption; it names X photographer (harmonised
  with the house's convention, tests/portals/README.md: the helper's gold added nobody).
- category: the breadcrumb's section, "Tin tức - Sự kiện" or "Thông báo".
- lazy images: the ``data-original`` photo is the image; the placeholder gif is not.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
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
from tests.portals._common import (
    text as render_text,
)

NAME = "kooboo_sgddt"
PLATFORM = "Kooboo CMS 4 (ASP.NET MVC, Razor views, content folders)"
START_PATH = "/"

HEADER_DAY = "Thứ Bảy, 05/12/2026"
MEDIA = "/Cms_Data/Contents/SoGDDT/Media"
THEME = "/Cms_Data/Sites/SoGDDT/Themes/Default"
NEWS = "Tin tức - Sự kiện"
NOTICES = "Thông báo"
FOLDERS = {"tin-tuc": NEWS, "thong-bao": NOTICES}
PAGE_SIZE = {"tin-tuc": 4, "thong-bao": 3}


def _right(line: str, bold: bool = True) -> Raw:
    inner = f"<strong>{esc(line)}</strong>" if bold else esc(line)
    return Raw(f'<p style="text-align: right;">{inner}</p>')


def _letterhead(number: str, place_date: str, subject: str) -> Raw:
    return Raw(
        '<table style="width: 100%;" border="0" cellpadding="2"><tbody>'
        '<tr><td style="width: 42%; text-align: center;">UBND TỈNH CAO BẰNG<br />'
        "<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong></td>"
        '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
        "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
        f'<tr><td style="text-align: center;">Số: {esc(number)}</td>'
        f'<td style="text-align: right;"><em>{esc(place_date)}</em></td></tr>'
        "</tbody></table>"
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>'
        f'<p style="text-align: center;"><strong>{esc(subject)}</strong></p>'
    )


def _signature(receivers: list[str], post: list[str], signer: str) -> Raw:
    recv = "<br />".join(esc(r) for r in receivers)
    posts = "<br />".join(esc(p) for p in post)
    return Raw(
        '<table style="width: 100%;" border="0"><tbody><tr>'
        f'<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
        f'<span style="font-size: 9pt;">{recv}</span></td>'
        f'<td style="text-align: center; vertical-align: top;"><strong>{posts}</strong><br /><br />'
        f"<em>(Đã ký)</em><br /><br /><strong>{esc(signer)}</strong></td>"
        "</tr></tbody></table>"
    )


STORIES: list[Story] = [
    Story(
        id=1,
        slug="hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thpt-nam-hoc-2026-2027",
        title="Sở GD&ĐT tổ chức Hội thi giáo viên dạy giỏi cấp tỉnh cấp THPT năm học 2026-2027",
        cat="tin-tuc",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "Từ ngày 01 đến ngày 04/12/2026, Sở Giáo dục và Đào tạo tỉnh Cao Bằng tổ chức Hội thi "
            "giáo viên dạy giỏi cấp tỉnh cấp trung học phổ thông với sự tham gia của 86 giáo viên "
            "đến từ 31 trường THPT, PTDTNT trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        authors=["Hoàng Thị Mai", "Lâm Văn Quý"],
        photographers=["Hoàng Thị Mai", "Lâm Văn Quý"],
        blocks=[
            P(
                "Hội thi nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
                "tích cực đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018; đồng "
                "thời tạo cơ hội để giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm."
            ),
            Img(
                f"{MEDIA}/Images/2026/12/hoi-thi-gvdg-1.jpg",
                "Các thí sinh bốc thăm thứ tự thi giảng tại Trường THPT Chuyên Cao Bằng",
                "Các thí sinh bốc thăm thứ tự thi giảng tại Trường THPT Chuyên Cao Bằng",
                style="tbl",
            ),
            P(
                "Mỗi giáo viên dự thi phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng "
                "giảng dạy và thực hành giảng dạy hai tiết trên lớp, trong đó một tiết do Ban tổ chức "
                "bốc thăm ngẫu nhiên trước 24 giờ."
            ),
            P(
                "Ban Giám khảo gồm 45 thành viên là cán bộ quản lý, giáo viên cốt cán của các môn học. "
                "Kết quả, có 62 giáo viên được công nhận đạt danh hiệu giáo viên dạy giỏi cấp tỉnh."
            ),
            Img(
                f"{MEDIA}/Images/2026/12/hoi-thi-gvdg-2.jpg",
                "Ban Giám khảo dự giờ tiết dạy môn Ngữ văn.",
                "Ban Giám khảo dự giờ tiết dạy môn Ngữ văn.",
                style="tbl",
            ),
            _right("Tin, ảnh: Hoàng Thị Mai, Lâm Văn Quý"),
        ],
        opts={"printed": "04/12/2026 4:20:00 CH", "list_day": "04/12/2026"},
    ),
    Story(
        id=2,
        slug="100-truong-vung-cao-lap-dat-he-thong-suoi-am-cho-hoc-sinh-ban-tru",
        title="Cao Bằng: 100% trường học vùng cao hoàn thành lắp đặt hệ thống sưởi ấm cho học sinh bán trú",
        cat="tin-tuc",
        published_at="2026-12-03T08:45:00+07:00",
        summary=(
            "Trước đợt rét đậm, rét hại đầu mùa, toàn bộ 74 trường phổ thông dân tộc bán trú và "
            "trường có học sinh bán trú trên địa bàn tỉnh đã hoàn thành lắp đặt hệ thống sưởi ấm."
        ),
        sapo_outside=True,
        authors=["Nông Văn Đức"],
        photographers=["Lục Thanh Hà"],
        blocks=[
            P(
                "Thực hiện chỉ đạo của UBND tỉnh, ngay từ tháng 10, Sở GD&ĐT đã hướng dẫn các đơn vị "
                "rà soát cơ sở vật chất, bổ sung chăn, đệm, áo ấm và lắp đặt thiết bị sưởi cho phòng "
                "ở, phòng ăn của học sinh."
            ),
            P("Các trường tập trung vào ba nhóm việc chính:"),
            P("Kiểm tra, thay thế hệ thống điện không bảo đảm an toàn;", "br"),
            P("Lắp đặt máy sưởi dầu, đèn sưởi tại phòng ở và phòng ăn;", "br"),
            P("Bố trí nước ấm cho học sinh vệ sinh cá nhân vào buổi sáng.", "br"),
            Img(
                f"{MEDIA}/Images/2026/12/suoi-am-ban-tru.jpg",
                "(Học sinh bán trú Trường PTDTBT THCS Cốc Pàng ăn trưa trong phòng ăn đã lắp hệ thống sưởi)",
                "Học sinh bán trú Trường PTDTBT THCS Cốc Pàng ăn trưa trong phòng ăn đã lắp hệ thống sưởi",
                style="next",
            ),
            P(
                "Tổng kinh phí thực hiện gần 6,2 tỷ đồng, được huy động từ ngân sách nhà nước, nguồn "
                "xã hội hóa và sự ủng hộ của các tổ chức, cá nhân."
            ),
            _right("Tin: ThS. Nông Văn Đức - Ảnh: Lục Thanh Hà"),
        ],
        opts={"printed": "03/12/2026 8:45:00 SA", "list_day": "03/12/2026"},
    ),
    Story(
        id=3,
        slug="tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc-cap-thcs",
        title="Tập huấn chuyển đổi số trong quản lý trường học cho cán bộ quản lý cấp THCS",
        cat="tin-tuc",
        published_at="2026-12-01",
        authors=["Phòng GDTrH"],
        blocks=[
            P(
                "Ngày 30/11/2026, Sở Giáo dục và Đào tạo tổ chức lớp tập huấn chuyển đổi số trong quản "
                "lý trường học cho hơn 180 cán bộ quản lý các trường THCS, PTDTBT THCS trong tỉnh."
            ),
            P(
                "Theo kế hoạch, lớp tập huấn được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, "
                "nội dung cụ thể như sau:"
            ),
            P("Thời gian | Nội dung | Báo cáo viên", "tr"),
            P("7h30 - 9h30 | Quản lý hồ sơ điện tử, học bạ số | Phòng GDTrH", "tr"),
            P("9h45 - 11h15 | Khai thác cơ sở dữ liệu ngành | Trung tâm CNTT", "tr"),
            P("14h00 - 16h30 | Thực hành, thảo luận | Các báo cáo viên", "tr"),
            Img(f"{MEDIA}/Images/2026/12/tap-huan-cds.jpg", None, None, style="next"),
            P(
                "Kết thúc tập huấn, các học viên đã nắm vững quy trình triển khai học bạ số và cam kết "
                "hoàn thành số hóa hồ sơ học sinh trước ngày 31/12/2026."
            ),
            _right("Phòng GDTrH"),
        ],
        opts={
            "printed": "01/12/2026 12:00:00 SA",
            "list_day": "01/12/2026",
            "meta": "Lớp tập huấn giúp cán bộ quản lý cấp THCS nắm vững quy trình học bạ số.",
        },
    ),
    Story(
        id=4,
        slug="truong-ptdtnt-thcs-bao-lac-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        title="Trường PTDTNT THCS huyện Bảo Lạc tổ chức Ngày hội văn hóa các dân tộc",
        cat="tin-tuc",
        published_at="2026-11-27T15:05:00+07:00",
        summary=(
            "Ngày hội là dịp để học sinh các dân tộc Tày, Nùng, Mông, Dao, Lô Lô giới thiệu nét đẹp "
            "văn hóa truyền thống của dân tộc mình."
        ),
        sapo_outside=True,
        authors=["Bế Thị Lan"],
        photographers=["Bế Thị Lan"],  # (harmonised: a line crediting only the photographer names her)
        blocks=[
            P(
                "Hơn 400 học sinh của trường đã tham gia các hoạt động trình diễn trang phục, thi nấu "
                "ăn, biểu diễn văn nghệ và các trò chơi dân gian như ném còn, kéo co, đẩy gậy."
            ),
            Img(
                f"{MEDIA}/Images/2026/11/ngay-hoi-bao-lac-1.jpg",
                "Tiết mục múa khèn của học sinh dân tộc Mông",
                "Tiết mục múa khèn của học sinh dân tộc Mông",
                style="lazy",
            ),
            P(
                "Phần thi trình diễn trang phục thu hút sự quan tâm đặc biệt của phụ huynh và nhân dân "
                "địa phương đến cổ vũ."
            ),
            Img(
                f"{MEDIA}/Images/2026/11/ngay-hoi-bao-lac-2.jpg",
                "Ảnh: Bế Thị Lan",
                None,
                style="lazy",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bế Thị Lan</strong> '
                "<em>(Trường PTDTNT THCS Bảo Lạc)</em></p>"
            ),
        ],
        opts={"printed": "27/11/2026 3:05:00 CH", "list_day": "27/11/2026"},
    ),
    Story(
        id=5,
        slug="khai-mac-hoi-khoe-phu-dong-tinh-cao-bang-lan-thu-xi",
        title="Khai mạc Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XI năm 2026",
        cat="tin-tuc",
        published_at="2026-11-20T01:15:00+07:00",
        summary=(
            "Tối 19/11, tại Nhà thi đấu tỉnh, Hội khỏe Phù Đổng tỉnh Cao Bằng lần thứ XI năm 2026 "
            "chính thức khai mạc với hơn 1.200 vận động viên tham gia."
        ),
        sapo_outside=True,
        source="Cổng TTĐT tỉnh Cao Bằng",
        blocks=[
            P(
                "Theo kế hoạch, Hội khỏe diễn ra từ ngày 19 đến ngày 26/11/2026 với 10 môn thi đấu: "
                "điền kinh, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu, bơi, võ cổ "
                "truyền và đẩy gậy."
            ),
            Img(
                f"{MEDIA}/Images/2026/11/hkpd-khai-mac.jpg",
                "Đồng chí Nông Thanh Tùng, Phó Chủ tịch UBND tỉnh đánh trống khai mạc Hội khỏe",
                "Đồng chí Nông Thanh Tùng, Phó Chủ tịch UBND tỉnh đánh trống khai mạc Hội khỏe",
                style="tbl",
            ),
            P(
                "Phát biểu khai mạc, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các vận động viên thi "
                "đấu trung thực, đoàn kết, phát huy tinh thần “Rèn luyện thân thể, xây dựng quê hương”."
            ),
            Raw('<p style="text-align: right;"><em>Theo Cổng TTĐT tỉnh Cao Bằng</em></p>'),
        ],
        opts={
            "printed": "20/11/2026 1:15:00 SA",
            "utc": "2026-11-19T18:15:00Z",
            "updated": "21/11/2026 7:40:00 SA",
            "list_day": "20/11/2026",
        },
    ),
    Story(
        id=6,
        slug="hoi-nghi-giao-ban-cong-tac-giao-duc-dan-toc-nam-hoc-2026-2027",
        title="Hội nghị giao ban công tác giáo dục dân tộc năm học 2026-2027",
        cat="tin-tuc",
        published_at="2026-11-14T09:30:00+07:00",
        blocks=[
            P(
                "Sáng 13/11/2026, Sở Giáo dục và Đào tạo tổ chức Hội nghị giao ban công tác giáo dục "
                "dân tộc với sự tham dự của đại diện lãnh đạo các phòng GD&ĐT và hiệu trưởng các "
                "trường PTDTNT."
            ),
            Img(
                "/Kooboo/Resource/ResizeImage?url=/Cms_Data/Contents/SoGDDT/Media/Images/2026/11/"
                "giao-ban-gddt.jpg&width=700&height=0&preserverAspectRatio=True&quality=80",
                "Quang cảnh Hội nghị giao ban",
                "Quang cảnh Hội nghị giao ban",
                style="fig",
            ),
            P(
                "Năm học 2025-2026, tỉ lệ học sinh dân tộc thiểu số hoàn thành chương trình tiểu học "
                "đạt 99,1%, tốt nghiệp THCS đạt 98,4%; hệ thống trường PTDTNT tiếp tục được củng cố."
            ),
            P(
                "Hội nghị thống nhất các giải pháp nâng cao chất lượng dạy học tiếng Việt cho học sinh "
                "dân tộc thiểu số, nhất là trẻ mầm non 5 tuổi trước khi vào lớp 1."
            ),
        ],
        opts={"printed": "14/11/2026 9:30:00 SA", "list_day": "14/11/2026", "nfd": True},
    ),
    Story(
        id=7,
        slug="tong-ket-cuoc-thi-dai-su-van-hoa-doc-2026",
        title="Tổng kết Cuộc thi Đại sứ văn hóa đọc tỉnh Cao Bằng năm 2026",
        cat="tin-tuc",
        published_at="2026-11-06",
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            P(
                "Chiều 05/11/2026, Sở GD&ĐT phối hợp với Thư viện tỉnh tổ chức tổng kết, trao giải "
                "Cuộc thi Đại sứ văn hóa đọc tỉnh Cao Bằng năm 2026."
            ),
            P(
                "Cuộc thi thu hút 12.640 bài dự thi của học sinh phổ thông. Ban Giám khảo đã chọn 42 "
                "bài xuất sắc để trao giải và gửi 6 bài tham dự vòng chung kết toàn quốc."
            ),
            Img(
                f"{MEDIA}/Images/2026/11/dai-su-van-hoa-doc.jpg",
                "(Ban tổ chức trao giải Nhất cho các thí sinh)",
                "Ban tổ chức trao giải Nhất cho các thí sinh",
                style="next",
            ),
            P("Giải Nhất thuộc về em Đàm Thị Ngọc Ánh, học sinh lớp 9A Trường THCS Hợp Giang."),
            _right("Nguyễn Thị Thu Hà - Phòng GDMN-GDTH"),
        ],
        opts={"uuid": "3f2a9c1e-7b4d-4e8a-9c51-0d6e2b7a4f13", "printed": "06-11-2026", "entities": 1},
    ),
    Story(
        id=8,
        slug="trien-khai-mo-hinh-truong-hoc-than-thien-gan-voi-ban-sac-dan-toc",
        title="Triển khai mô hình trường học thân thiện gắn với bản sắc văn hóa dân tộc",
        cat="tin-tuc",
        published_at="2026-10-28",
        summary=(
            "Năm học 2026-2027, ngành Giáo dục Cao Bằng mở rộng mô hình trường học thân thiện gắn "
            "với bản sắc văn hóa dân tộc tới 120 trường tiểu học và THCS."
        ),
        authors=["Hà Minh Châu"],
        source="Báo Cao Bằng",
        blocks=[
            P(
                "Năm học 2026-2027, ngành Giáo dục Cao Bằng mở rộng mô hình trường học thân thiện gắn "
                "với bản sắc văn hóa dân tộc tới 120 trường tiểu học và THCS.",
                "lead",
            ),
            P(
                "Mỗi nhà trường xây dựng góc văn hóa dân tộc, đưa hát then, đàn tính, múa sư tử vào "
                "hoạt động ngoại khóa và mời nghệ nhân địa phương hướng dẫn học sinh."
            ),
            Img(
                f"{MEDIA}/Images/2026/10/truong-hoc-than-thien.jpg",
                "Giờ sinh hoạt tập thể của học sinh Trường Tiểu học Hợp Giang",
                "Giờ sinh hoạt tập thể của học sinh Trường Tiểu học Hợp Giang",
                style="tbl",
            ),
            P(
                "Sau hai năm thí điểm, tỉ lệ học sinh chuyên cần ở các trường tham gia mô hình tăng "
                "từ 94% lên 98,6%."
            ),
            _right("Hà Minh Châu"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Cao Bằng</em></p>'),
        ],
        opts={"uuid": "a81c5e02-94f7-4b3d-8e26-5c7f1d9b0e44", "printed": "28-10-2026"},
    ),
    Story(
        id=9,
        slug="huong-dan-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
        title="Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026-2027",
        cat="tin-tuc",
        published_at="2026-10-15",
        authors=["Phòng GDMN-GDTH"],
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo ban hành văn bản hướng dẫn thực hiện nhiệm vụ giáo dục mầm non "
                "năm học 2026-2027 với chủ đề “Lấy trẻ làm trung tâm”."
            ),
            P("Nhiệm vụ trọng tâm", "h"),
            P("Duy trì, nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ 5 tuổi.", "li"),
            P("Tăng cường tiếng Việt cho trẻ em người dân tộc thiểu số.", "li"),
            P("Bảo đảm an toàn tuyệt đối cho trẻ trong các cơ sở giáo dục mầm non.", "li"),
            P(
                "Các phòng GD&ĐT chỉ đạo các cơ sở giáo dục mầm non xây dựng kế hoạch năm học phù hợp "
                "điều kiện thực tế và báo cáo về Sở trước ngày 30/10/2026."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/van-ban/chi-tiet?UserKey=cv-2015-sgddt-gdmn">'
                "Công văn số 2015/SGDĐT-GDMN</a></em></p>"
            ),
            _right("Phòng GDMN-GDTH"),
        ],
        opts={"uuid": "6d0b7f93-2c18-4a5e-b7d4-e93a1c8f6025", "printed": "15-10-2026"},
    ),
    Story(
        id=10,
        slug="thong-bao-tuyen-dung-vien-chuc-cac-truong-ptdtnt-nam-2026",
        title="Thông báo tuyển dụng viên chức giảng dạy tại các trường PTDTNT năm 2026",
        cat="thong-bao",
        published_at="2026-12-02",
        authors=["Đàm Văn Hùng"],
        blocks=[
            _letterhead(
                "2145/TB-SGDĐT",
                "Cao Bằng, ngày 02 tháng 12 năm 2026",
                "Về việc tuyển dụng viên chức giảng dạy năm 2026",
            ),
            P(
                "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển "
                "dụng, sử dụng và quản lý viên chức; Sở Giáo dục và Đào tạo thông báo tuyển dụng viên "
                "chức giảng dạy tại các trường PTDTNT như sau:"
            ),
            P("1. Chỉ tiêu tuyển dụng: 38 chỉ tiêu giáo viên THCS, THPT các môn học."),
            P(
                "2. Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 03/12/2026 đến hết ngày 02/01/2027 "
                "(trong giờ hành chính)."
            ),
            P(
                "3. Địa điểm nhận Phiếu: Phòng Tổ chức cán bộ, Sở Giáo dục và Đào tạo, số 020 đường "
                "Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng."
            ),
            _signature(
                ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, TCCB."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
                "Đàm Văn Hùng",
            ),
        ],
        opts={
            "printed": "03/12/2026 9:10:00 SA",
            "list_day": "03/12/2026",
            "attach": ("TB-2145-tuyen-dung-2026.pdf", "Thông báo số 2145/TB-SGDĐT"),
        },
    ),
    Story(
        id=11,
        slug="lich-tiep-cong-dan-thang-12-2026-cua-giam-doc-so",
        title="Lịch tiếp công dân tháng 12/2026 của Giám đốc Sở",
        cat="thong-bao",
        published_at="2026-11-25T16:30:00+07:00",
        summary="Văn phòng Sở thông báo lịch tiếp công dân định kỳ tháng 12/2026 của Giám đốc Sở GD&ĐT.",
        sapo_outside=True,
        authors=["Văn phòng Sở"],
        blocks=[
            P("Thời gian: ngày 15/12/2026 (thứ Ba), từ 7 giờ 30 đến 11 giờ 30."),
            P("Địa điểm: Phòng tiếp công dân, tầng 1, trụ sở Sở Giáo dục và Đào tạo."),
            P(
                "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội "
                "dung kiến nghị, phản ánh."
            ),
            _right("Văn phòng Sở", bold=False),
        ],
        opts={"printed": "25/11/2026 4:30:00 CH", "list_day": "25/11/2026"},
    ),
    Story(
        id=12,
        slug="ket-qua-xet-cong-nhan-sang-kien-cap-co-so-nam-2026",
        title="Thông báo kết quả xét công nhận sáng kiến cấp cơ sở năm 2026",
        cat="thong-bao",
        published_at="2026-11-18T10:05:00+07:00",
        summary="Hội đồng sáng kiến Sở GD&ĐT đã công nhận 214 sáng kiến cấp cơ sở năm 2026.",
        blocks=[
            P("Hội đồng sáng kiến Sở GD&ĐT đã công nhận 214 sáng kiến cấp cơ sở năm 2026.", "lead"),
            P(
                "Trong đó, lĩnh vực quản lý giáo dục có 57 sáng kiến, lĩnh vực giảng dạy có 139 sáng "
                "kiến và lĩnh vực khác có 18 sáng kiến."
            ),
            P(
                "Các đơn vị có tác giả được công nhận sáng kiến nhận quyết định tại Văn phòng Sở trước "
                "ngày 30/11/2026."
            ),
            _right("BBT"),
        ],
        opts={
            "printed": "18/11/2026 10:05:00 SA",
            "list_day": "18/11/2026",
            "attach": ("QD-ket-qua-sang-kien-2026.pdf", "Danh sách sáng kiến được công nhận"),
        },
    ),
    Story(
        id=13,
        slug="lich-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12",
        title="Thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        cat="thong-bao",
        published_at="2026-10-20",
        authors=["Lương Thị Hạnh"],
        blocks=[
            _letterhead(
                "1876/TB-SGDĐT",
                "Cao Bằng, ngày 20 tháng 10 năm 2026",
                "Về lịch thi chọn học sinh giỏi cấp tỉnh lớp 12",
            ),
            P(
                "Sở Giáo dục và Đào tạo thông báo lịch thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học "
                "2026-2027 như sau:"
            ),
            P("- Ngày 24/11/2026: thi các môn Toán, Vật lí, Hóa học, Sinh học, Tin học."),
            P("- Ngày 25/11/2026: thi các môn Ngữ văn, Lịch sử, Địa lí, Tiếng Anh."),
            P("Thí sinh có mặt tại điểm thi lúc 7 giờ 00 để làm thủ tục dự thi."),
            _signature(
                ["- Như trên;", "- Lưu: VT, QLCL."],
                ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
                "Lương Thị Hạnh",
            ),
        ],
        opts={"uuid": "c47e1a58-0f3b-4d92-a6c1-8b2e5d7f3901", "printed": "22-10-2026"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _folder_items(folder: str) -> list[Story]:
    return [s for s in STORIES if s.cat == folder]  # already newest first


def clean_path(s: Story) -> str:
    if "uuid" in s.opts:
        return f"/{s.cat}/chi-tiet/{s.opts['uuid']}"
    return f"/{s.cat}/chi-tiet?UserKey={s.slug}"


def _list_page(s: Story) -> int:
    items = _folder_items(s.cat)
    return items.index(s) // PAGE_SIZE[s.cat] + 1


def _pages(folder: str) -> int:
    n = len(_folder_items(folder))
    return (n + PAGE_SIZE[folder] - 1) // PAGE_SIZE[folder]


def listing_link(s: Story) -> str:
    page = _list_page(s)
    if "uuid" not in s.opts and page > 1:
        return f"{clean_path(s)}&pageIndex={page}"
    return clean_path(s)


#: the most-read box: Kooboo's second route for UserKey contents, an upper-case GUID for a migrated one
MOST_READ = [
    (2, "/tin-tuc/chi-tiet/" + BY_ID[2].slug),
    (5, "/tin-tuc/chi-tiet/" + BY_ID[5].slug),
    (8, "/tin-tuc/chi-tiet/" + BY_ID[8].opts["uuid"].upper()),
    (6, "/tin-tuc/chi-tiet/" + BY_ID[6].slug),
]


def _day(s: Story) -> str:
    return s.opts.get("list_day") or s.opts["printed"].replace("-", "/")


# --- documents and intro pages ----------------------------------------------------------------

DOCS = [
    {
        "key": "qd-1290-ubnd-ke-hoach-nam-hoc-2026-2027",
        "so": "1290/QĐ-UBND",
        "ngay": "18/08/2026",
        "loai": "Quyết định",
        "coquan": "UBND tỉnh Cao Bằng",
        "trichyeu": "Ban hành Kế hoạch thời gian năm học 2026-2027 đối với giáo dục mầm non, "
        "giáo dục phổ thông và giáo dục thường xuyên",
        "file": "QD-1290-UBND.pdf",
    },
    {
        "key": "cv-2015-sgddt-gdmn",
        "so": "2015/SGDĐT-GDMN",
        "ngay": "10/10/2026",
        "loai": "Công văn",
        "coquan": "Sở GD&ĐT Cao Bằng",
        "trichyeu": "Hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2026-2027",
        "file": "CV-2015-SGDDT-GDMN.pdf",
    },
    {
        "key": "kh-1702-sgddt-chuyen-doi-so",
        "so": "1702/KH-SGDĐT",
        "ngay": "05/09/2026",
        "loai": "Kế hoạch",
        "coquan": "Sở GD&ĐT Cao Bằng",
        "trichyeu": "Kế hoạch chuyển đổi số ngành Giáo dục năm học 2026-2027",
        "file": "KH-1702-SGDDT.pdf",
    },
]
DOC_PAGE_SIZE = 2

INTRO = {
    "chuc-nang-nhiem-vu": (
        "Chức năng, nhiệm vụ",
        [
            "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND tỉnh Cao Bằng, tham mưu, giúp "
            "UBND tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
            "chức, biên chế và công tác của UBND tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra "
            "về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
            "Các phòng chuyên môn: Văn phòng; Phòng Tổ chức cán bộ; Phòng Kế hoạch - Tài chính; "
            "Phòng Giáo dục Mầm non - Giáo dục Tiểu học; Phòng Giáo dục Trung học; Phòng Quản lý "
            "chất lượng; Thanh tra Sở.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Sở Giáo dục và Đào tạo tỉnh Cao Bằng",
            "Địa chỉ: Số 020 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng",
            "Điện thoại: 0206.3852.374 - Email: sogddt@caobang.edu.vn",
        ],
    ),
}


# --- rendering ---------------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return render_text(value, nfd=bool(s.opts.get("nfd")), entities=s.opts.get("entities", 0))


def _img(b: Img) -> str:
    src = esc(b.src)
    if b.style == "tbl":
        cap = (
            f'<tr><td style="text-align: center;"><em><span style="font-size: 10pt;">{esc(b.printed)}'
            "</span></em></td></tr>"
            if b.printed
            else ""
        )
        return (
            '<table class="mceItemTable" style="margin-left: auto; margin-right: auto;" border="0" '
            f'cellpadding="3"><tbody><tr><td><img src="{src}" alt="" width="600" /></td></tr>{cap}'
            "</tbody></table>"
        )
    if b.style == "fig":
        cap = f"<figcaption>{esc(b.printed)}</figcaption>" if b.printed else ""
        return f'<figure class="image"><img src="{src}" alt="" />{cap}</figure>'
    if b.style == "lazy":
        out = (
            f'<p style="text-align: center;"><img class="lazy" src="{THEME}/images/grey.gif" '
            f'data-original="{src}" width="640" height="427" alt="" /></p>'
        )
        if b.printed:
            out += (
                '<p style="text-align: center;"><span style="font-size: 9pt;">'
                f"<i>{esc(b.printed)}</i></span></p>"
            )
        return out
    out = f'<p style="text-align: center;"><img src="{src}" alt="" style="width: 600px;" /></p>'
    if b.printed:
        out += f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>'
    return out


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif isinstance(b, Img):
            out.append(_img(b))
            i += 1
        elif b.style in ("tr", "li"):
            j = i
            group = []
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                group.append(blocks[j])
                j += 1
            if b.style == "tr":
                rows = []
                for k, row in enumerate(group):
                    cells = row.text.split(" | ")
                    if k == 0:
                        tds = "".join(
                            f'<td style="background: #dde7f3;"><strong>{_t(s, c)}</strong></td>'
                            for c in cells
                        )
                    else:
                        tds = "".join(f"<td>{_t(s, c)}</td>" for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(
                    '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse: '
                    f'collapse; width: 100%;"><tbody>{"".join(rows)}</tbody></table>'
                )
            else:
                out.append("<ul>" + "".join(f"<li>{_t(s, p.text)}</li>" for p in group) + "</ul>")
            i = j
        elif b.style == "h":
            out.append(f"<h3><strong>{_t(s, b.text)}</strong></h3>")
            i += 1
        elif b.style == "lead":
            out.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
            i += 1
        else:
            # a paragraph and the lines after it the editor broke with Shift+Enter
            lines = [b.text]
            j = i + 1
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
                lines.append(blocks[j].text)
                j += 1
            out.append(
                '<p style="text-align: justify;">'
                + "<br />".join(_t(s, line) for line in lines)
                + "</p>"
            )
            i = j
    return "\n".join(out)


def _menu() -> str:
    return (
        '<div class="pos-menu"><ul class="mnu-ngang">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li class="co-con"><a href="javascript:void(0)">Giới thiệu</a><ul class="mnu-con">'
        '<li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a></li>'
        '<li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
        '<li><a href="/gioi-thieu/lien-he">Liên hệ</a></li></ul></li>'
        f'<li><a href="/tin-tuc">{NEWS}</a></li>'
        f'<li><a href="/thong-bao">{NOTICES}</a></li>'
        '<li class="co-con"><a href="/van-ban">Văn bản</a><ul class="mnu-con">'
        '<li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>'
        '<li><a href="https://vbpl.vn/caobang" target="_blank">CSDL văn bản pháp luật</a></li>'
        "</ul></li>"
        '<li><a href="https://dichvucong.caobang.gov.vn" target="_blank">Dịch vụ công</a></li>'
        "</ul></div>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{esc(href)}">{esc(BY_ID[i].title)}</a></li>' for i, href in MOST_READ
    )
    notices = "".join(
        f'<div class="tb-dong"><a href="{esc(clean_path(s))}">{esc(s.title)}</a> '
        f'<span class="tb-ngay">({_day(s)})</span></div>'
        for s in _folder_items("thong-bao")[:3]
    )
    return (
        '<div class="pos-right">'
        "<!-- View: Chung.TimKiem -->"
        '<form class="frm-tk" action="/tim-kiem" method="get">'
        '<input type="text" name="keyword" placeholder="Nhập từ khóa..." />'
        '<input type="submit" value="Tìm" /></form>'
        "<!-- View: ThongBao.Marquee -->"
        f'<div class="khoi-phai"><div class="tde-khoi">{NOTICES} mới</div>'
        f'<marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
        f'onmouseout="this.start()">{notices}</marquee></div>'
        "<!-- View: TinTuc.DocNhieu -->"
        f'<div class="khoi-phai"><div class="tde-khoi">Tin đọc nhiều</div><ul class="ds-docnhieu">{most}</ul></div>'
        "<!-- View: Chung.LienKet -->"
        '<div class="khoi-phai"><div class="tde-khoi">Liên kết website</div>'
        "<select onchange=\"if(this.value) window.open(this.value)\"><option value=\"\">-- Chọn liên kết --</option>"
        '<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="https://caobang.gov.vn">Cổng TTĐT tỉnh Cao Bằng</option>'
        '<option value="https://baocaobang.vn">Báo Cao Bằng</option></select></div>'
        "<!-- View: Chung.BinhChon -->"
        '<div class="khoi-phai"><div class="tde-khoi">Thăm dò ý kiến</div>'
        '<form action="/Kooboo/Submission/BinhChon" method="post">'
        "<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>"
        '<label><input type="radio" name="LuaChon" value="1" /> Đẹp, dễ sử dụng</label><br />'
        '<label><input type="radio" name="LuaChon" value="2" /> Bình thường</label><br />'
        '<label><input type="radio" name="LuaChon" value="3" /> Khó sử dụng</label><br />'
        '<input type="submit" value="Bình chọn" /></form></div>'
        '<div class="khoi-phai"><a href="https://www.facebook.com/sogddtcaobang" target="_blank">'
        f'<img src="{THEME}/images/banner-facebook.png" alt="Fanpage" /></a></div>'
        "<!-- View: Chung.ThongKe -->"
        '<div class="khoi-phai thongke"><div class="tde-khoi">Thống kê truy cập</div>'
        "<div>Đang online: <b>27</b></div><div>Hôm nay: <b>1.043</b></div>"
        "<div>Tổng truy cập: <b>2.381.507</b></div></div>"
        "</div>"
    )


def layout(request: Request, page_title: str, crumbs: list[tuple[str, str | None]], main: str,
           head_extra: str = "", description: str | None = None) -> Response:
    crumb = " <span>›</span> ".join(
        f'<a href="{esc(h)}">{esc(t)}</a>' if h else f'<span class="hientai">{esc(t)}</span>'
        for t, h in [("Trang chủ", "/"), *crumbs]
    )
    desc = description or "Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Cao Bằng"
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(page_title)} | Sở GD&amp;ĐT Cao Bằng</title>
<meta name="description" content="{esc(desc)}" />
<meta name="generator" content="Kooboo CMS 4.4.1.1208" />
<link href="/Kooboo/Resource/Stylesheet?siteName=SoGDDT&amp;name=Default&amp;version=4.4.1.1208" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="{THEME}/images/favicon.ico" />
<script src="/Kooboo/Resource/Scripts?siteName=SoGDDT&amp;compressed=True&amp;version=4.4.1.1208" type="text/javascript"></script>
{head_extra}
</head>
<body>
<div id="khung">
<!-- Position: topbar -->
<div class="pos-topbar"><span class="ngay-ht">{HEADER_DAY}</span>
<span class="lienhe-nhanh">Đường dây nóng: 0206.3852.374</span></div>
<!-- Position: banner -->
<div class="pos-banner"><a href="/"><img src="{THEME}/images/logo-sgddt.png" alt="Logo" /></a>
<h1 class="ten-dv">SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</h1>
<div class="khauhieu">Cổng thông tin điện tử</div></div>
<!-- Position: menu -->
{_menu()}
<!-- Position: breadcrumb -->
<div class="pos-breadcrumb">{crumb}</div>
<div class="pos-giua">
<!-- Position: main -->
<div class="pos-main">
{main}
</div>
<!-- Position: right -->
{_sidebar()}
</div>
<!-- Position: footer -->
<div class="pos-footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH CAO BẰNG</b></p>
<p>Địa chỉ: Số 020 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng</p>
<p>Điện thoại: 0206.3852.374 - Fax: 0206.3852.375 - Email: sogddt@caobang.edu.vn</p>
<p>Chịu trách nhiệm chính: Giám đốc Sở GD&amp;ĐT Cao Bằng</p>
<p>© 2016 - 2026 Bản quyền thuộc Sở GD&amp;ĐT Cao Bằng. Thiết kế bởi Công ty TNHH Giải pháp Phần mềm Bắc Sơn</p></div>
</div>
<script type="text/javascript">$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
</body>
</html>"""
    return html(page)


def _other_items(s: Story) -> str:
    # "Các tin khác": older UserKey contents of the same folder; migrated ones are not queried
    pool = [
        o for o in _folder_items(s.cat)
        if "uuid" not in o.opts and o.id > s.id
    ][:4]
    if not pool:
        return ""
    lis = "".join(
        f'<li><a href="{esc(clean_path(o))}">{esc(o.title)}</a> <i>({_day(o)})</i></li>' for o in pool
    )
    return (
        "<!-- View: TinTuc.TinKhac -->"
        f'<div class="v-tinkhac"><div class="tde-khoi">Các tin khác</div><ul>{lis}</ul></div>'
    )


def _attach(s: Story) -> str:
    if "attach" not in s.opts:
        return ""
    fname, label = s.opts["attach"]
    return (
        f'<div class="ct-dk"><b>Tệp đính kèm:</b> <a href="{MEDIA}/Files/{fname}" target="_blank">'
        f'<img src="{THEME}/images/icon-pdf.gif" alt="" /> {esc(label)}</a></div>'
    )


def article_page(request: Request, s: Story) -> Response:
    folder_name = FOLDERS[s.cat]
    og_url = base_url(request) + clean_path(s)
    title_markup = _t(s, s.title)
    head = (
        f'<meta property="og:url" content="{esc(og_url)}" />\n'
        '<meta property="og:type" content="article" />\n'
        f'<meta property="og:image" content="{base_url(request)}{THEME}/images/logo-sgddt.png" />'
    )
    share = quote(og_url, safe="")
    tools = (
        '<div class="ct-cc"><a href="javascript:window.print()">'
        f'<img src="{THEME}/images/icon-print.gif" alt="" /> In bài</a> | '
        '<a href="mailto:?subject=Tin%20t%E1%BB%AB%20S%E1%BB%9F%20GD%C4%90T">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ</a>'
        "</div>"
    )
    body = render_body(s)
    if "uuid" in s.opts:
        # the migrated folder keeps the old site's table template
        main = (
            "<!-- View: TinTucCu.ChiTiet -->"
            '<table class="tbl-tin" width="100%" cellpadding="0" cellspacing="0"><tbody>'
            f'<tr><td class="tieude">{title_markup}</td></tr>'
            f'<tr><td class="ngay" style="color:#888">{s.opts["printed"]} | Lượt xem: {s.views()}</td></tr>'
            f"<tr><td>{tools}</td></tr>"
            f'<tr><td class="noidung">{body}</td></tr>'
            f"<tr><td>{_attach(s)}</td></tr>"
            "</tbody></table>"
        )
    else:
        info = ""
        if "updated" in s.opts:
            info += f'<span class="ct-capnhat">Cập nhật: {s.opts["updated"]}</span> | '
        tm = s.opts["printed"]
        if "utc" in s.opts:
            tm = f'<time datetime="{s.opts["utc"]}">{tm}</time>'
        info += (
            f'<span class="ct-ngay">Ngày đăng: {tm}</span> | '
            f'<span class="ct-lx">Lượt xem: {s.views()}</span> | '
            '<span class="ct-nd-dang">Người đăng: quantri_sgd</span>'
        )
        sapo = ""
        if s.summary and s.sapo_outside:
            sapo = f'<div class="ct-tomtat"><strong>{_t(s, s.summary)}</strong></div>'
        main = (
            "<!-- View: TinTuc.ChiTiet -->"
            '<div class="v-cttin">'
            f'<div class="ct-td">{title_markup}</div>'
            f'<div class="ct-tt">{info}</div>'
            f"{tools}{sapo}"
            f'<div class="ct-nd">\n{body}\n</div>'
            f"{_attach(s)}"
            '<div class="ct-tk">Từ khóa: <span>giáo dục</span>, <span>Cao Bằng</span></div>'
            "</div>"
            + _other_items(s)
        )
    return layout(
        request,
        "Chi tiết tin" if s.cat == "tin-tuc" else "Chi tiết thông báo",
        [(folder_name, f"/{s.cat}"), ("Chi tiết", None)],
        main,
        head_extra=head,
        description=s.opts.get("meta") or s.summary,
    )


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    img = next((b for b in s.blocks if isinstance(b, Img)), None)
    src = img.src if img and img.src.startswith(MEDIA) else f"{MEDIA}/Images/no-image.jpg"
    return f"/Kooboo/Resource/ResizeImage?url={src}&width=180&height=120&preserverAspectRatio=False"


def _pager(current: int, last: int) -> str:
    if last <= 1:
        return ""
    parts = []
    if current > 1:
        parts.append('<a href="?pageIndex=1">« Đầu</a>')
        parts.append(f'<a href="?pageIndex={current - 1}">‹ Trước</a>')
    for n in range(1, last + 1):
        parts.append(f'<span class="cur">{n}</span>' if n == current else f'<a href="?pageIndex={n}">{n}</a>')
    if current < last:
        parts.append(f'<a href="?pageIndex={current + 1}">Sau ›</a>')
        parts.append(f'<a href="?pageIndex={last}">Cuối »</a>')
    return '<div class="kb-pager">' + " ".join(parts) + "</div>"


def listing_page(request: Request, folder: str, page: int) -> Response:
    items = _folder_items(folder)
    size = PAGE_SIZE[folder]
    chunk = items[(page - 1) * size: page * size]
    rows = "".join(
        '<div class="ds-muc">'
        f'<a class="ds-anh" href="{esc(listing_link(s))}"><img src="{esc(_thumb(s))}" alt="" /></a>'
        f'<a class="ds-td" href="{esc(listing_link(s))}">{esc(s.title)}</a> '
        f'<span class="ds-ngay">({_day(s)})</span>'
        f'<div class="ds-mota">{esc(_teaser(s))}</div></div>'
        for s in chunk
    )
    main = (
        f"<!-- View: {'TinTuc' if folder == 'tin-tuc' else 'ThongBao'}.DanhSach -->"
        f'<div class="v-dstin"><div class="tde-khoi"><span>{FOLDERS[folder]}</span></div>{rows}'
        f"{_pager(page, _pages(folder))}</div>"
    )
    return layout(request, FOLDERS[folder], [(FOLDERS[folder], None)], main)


def home_page(request: Request) -> Response:
    news = _folder_items("tin-tuc")
    top = news[0]
    others = "".join(
        f'<li><a href="{esc(clean_path(s))}">{esc(s.title)}</a> <span>({_day(s)})</span></li>'
        for s in news[1:5]
    )
    notices = "".join(
        f'<li><a href="{esc(clean_path(s))}">{esc(s.title)}</a></li>' for s in _folder_items("thong-bao")[:3]
    )
    docs = "".join(
        f'<tr><td><a href="/van-ban/chi-tiet?UserKey={d["key"]}">{esc(d["so"])}</a></td>'
        f'<td>{esc(d["trichyeu"])}</td></tr>'
        for d in DOCS[:2]
    )
    main = (
        "<!-- View: TrangChu.TinNoiBat -->"
        '<div class="tc-noibat">'
        f'<a href="{esc(clean_path(top))}"><img src="{esc(_thumb(top))}" alt="" /></a>'
        f'<h2><a href="{esc(clean_path(top))}">{esc(top.title)}</a></h2>'
        f"<p>{esc(_teaser(top))}</p></div>"
        "<!-- View: TrangChu.TinMoi -->"
        f'<div class="tc-khoi"><div class="tde-khoi">{NEWS}</div><ul>{others}</ul>'
        '<a class="xemtiep" href="/tin-tuc?pageIndex=1">Xem tiếp »</a></div>'
        "<!-- View: TrangChu.ThongBao -->"
        f'<div class="tc-khoi"><div class="tde-khoi">{NOTICES}</div><ul>{notices}</ul>'
        '<a class="xemtiep" href="/thong-bao">Xem tất cả »</a></div>'
        "<!-- View: TrangChu.VanBan -->"
        '<div class="tc-khoi"><div class="tde-khoi">Văn bản mới</div>'
        f'<table class="tbl-vb"><tbody>{docs}</tbody></table>'
        '<a class="xemtiep" href="/van-ban">Xem tất cả »</a></div>'
    )
    return layout(request, "Trang chủ", [], main)


def docs_page(request: Request, page: int) -> Response:
    chunk = DOCS[(page - 1) * DOC_PAGE_SIZE: page * DOC_PAGE_SIZE]
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td>{d["ngay"]}</td>'
        f'<td><a href="/van-ban/chi-tiet?UserKey={d["key"]}">{esc(d["trichyeu"])}</a></td>'
        f'<td><a href="{MEDIA}/Files/VanBan/{d["file"]}">Tải về</a></td></tr>'
        for d in chunk
    )
    last = (len(DOCS) + DOC_PAGE_SIZE - 1) // DOC_PAGE_SIZE
    main = (
        "<!-- View: VanBan.DanhSach -->"
        '<div class="v-vanban"><div class="tde-khoi">Văn bản chỉ đạo điều hành</div>'
        '<table class="tbl-vb" border="1" cellspacing="0"><thead><tr><th>Số/Ký hiệu</th>'
        f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{_pager(page, last)}</div>"
    )
    return layout(request, "Văn bản", [("Văn bản", None)], main)


def doc_page(request: Request, d: dict) -> Response:
    rows = [
        ("Số/Ký hiệu", d["so"]),
        ("Loại văn bản", d["loai"]),
        ("Cơ quan ban hành", d["coquan"]),
        ("Ngày ban hành", d["ngay"]),
        ("Trích yếu", d["trichyeu"]),
    ]
    trs = "".join(f'<tr><th style="width:30%">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    main = (
        "<!-- View: VanBan.ChiTiet -->"
        f'<div class="v-vb-ct"><div class="tde-khoi">Chi tiết văn bản</div><table class="tbl-vb-ct" border="1">{trs}'
        f'<tr><th>Tệp đính kèm</th><td><a href="{MEDIA}/Files/VanBan/{d["file"]}">{d["file"]}</a></td></tr>'
        "</table></div>"
    )
    return layout(request, "Chi tiết văn bản", [("Văn bản", "/van-ban"), (d["so"], None)], main)


def intro_page(request: Request, key: str) -> Response:
    title, paras = INTRO[key]
    main = (
        "<!-- View: GioiThieu.NoiDung -->"
        f'<div class="v-gioithieu"><div class="tde-khoi">{esc(title)}</div>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div>"
    )
    return layout(request, title, [("Giới thiệu", None), (title, None)], main)


def search_page(request: Request) -> Response:
    kw = request.params.get("keyword", "")
    main = (
        "<!-- View: Chung.KetQuaTimKiem -->"
        f'<div class="v-timkiem"><div class="tde-khoi">Kết quả tìm kiếm: “{esc(kw)}”</div>'
        "<p>Không tìm thấy kết quả nào phù hợp.</p></div>"
    )
    return layout(request, "Tìm kiếm", [("Tìm kiếm", None)], main)


def poll_page(request: Request) -> Response:
    main = '<div class="v-binhchon"><p>Cảm ơn bạn đã tham gia bình chọn!</p><p><a href="/">Quay lại trang chủ</a></p></div>'
    return layout(request, "Bình chọn", [("Bình chọn", None)], main)


# --- routing -------------------------------------------------------------------------------------

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_PAGE = re.compile(r"^[1-9][0-9]*$")


def _page_index(request: Request, last: int) -> int | None:
    raw = request.params.get("pageIndex")
    if raw is None:
        return 1
    if not _PAGE.match(raw) or int(raw) > last:
        return None
    return int(raw)


def _find(folder: str, key: str) -> Story | None:
    if _UUID.match(key):
        return next(
            (s for s in _folder_items(folder) if s.opts.get("uuid", "").lower() == key.lower()), None
        )
    return next((s for s in _folder_items(folder) if "uuid" not in s.opts and s.slug == key), None)


class KoobooSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path != "/" and path.endswith("/"):
            path = path.rstrip("/")
        low = path.lower()
        if low.startswith("/kooboo/resource/"):
            kind = low.rsplit("/", 1)[1]
            if kind == "stylesheet":
                return Response(200, b"body{font:13px Arial}", {"Content-Type": "text/css"})
            if kind == "scripts":
                return Response(200, b"/* jquery + lazyload */", {"Content-Type": "application/javascript"})
            if kind == "resizeimage" and request.params.get("url", "").startswith("/Cms_Data/"):
                return static_file(".jpg")
            return None
        if low.startswith("/cms_data/"):
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if low == "/kooboo/submission/binhchon":
            return poll_page(request)
        if path == "/":
            return home_page(request)
        if path in ("/tin-tuc", "/thong-bao"):
            folder = path[1:]
            page = _page_index(request, _pages(folder))
            return listing_page(request, folder, page) if page else None
        for folder in FOLDERS:
            if path == f"/{folder}/chi-tiet":
                key = request.params.get("UserKey")
                if not key or _UUID.match(key):
                    return None
                s = _find(folder, key)
                return article_page(request, s) if s else None
            if path.startswith(f"/{folder}/chi-tiet/"):
                s = _find(folder, path.rsplit("/", 1)[1])
                return article_page(request, s) if s else None
        if path == "/van-ban":
            last = (len(DOCS) + DOC_PAGE_SIZE - 1) // DOC_PAGE_SIZE
            page = _page_index(request, last)
            return docs_page(request, page) if page else None
        if path == "/van-ban/chi-tiet":
            d = next((d for d in DOCS if d["key"] == request.params.get("UserKey")), None)
            return doc_page(request, d) if d else None
        if path.startswith("/gioi-thieu/") and path[12:] in INTRO:
            return intro_page(request, path[12:])
        if path == "/tim-kiem":
            return search_page(request)
        return static_file(path) if low.endswith((".ico", ".css", ".js")) else None


def build_site() -> KoobooSite:
    return KoobooSite()


def _alt_paths(s: Story) -> list[str]:
    alts = []
    if "uuid" in s.opts:
        alts.append(f"/{s.cat}/chi-tiet/{s.opts['uuid'].upper()}")
    else:
        alts.append(f"/{s.cat}/chi-tiet/{s.slug}")
        page = _list_page(s)
        if page > 1:
            alts.append(f"{clean_path(s)}&pageIndex={page}")
    return alts


GOLD = [gold_record(s, clean_path(s), FOLDERS[s.cat], alt_paths=_alt_paths(s)) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu/chuc-nang-nhiem-vu",
    "/gioi-thieu/co-cau-to-chuc",
    "/gioi-thieu/lien-he",
    *(f"/van-ban/chi-tiet?UserKey={d['key']}" for d in DOCS),
]
