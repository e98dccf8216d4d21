"""Trường THCS Trần Quốc Toản (huyện Đức Trọng, tỉnh Lâm Đồng): a Nette 3 + Latte site.

Platform: a home-made Nette Framework 3 application written by a local freelancer from a Czech
skeleton (presenters ``Homepage``, ``Clanek``, ``Rubrika``, ``Stranka``, ``Galerie``; Czech class
names left in the Latte layout: ``nadpis``, ``perex``, ``obsah``, ``datum``, ``stitky``); article
text is written in Texy! (Nette's sister formatter), so images come out as Texy figures and the
typography carries ``&#160;``. Ajax areas are Nette snippets (``<div id="snippet--…">``) driven by
naja.js; the listings use Nette's ``Paginator`` behind a ``VisualPaginator`` component.

URL scheme (the Czech ``/clanek/<id>-<slug>`` routes translated):

- ``/``                                   home: "Tin nổi bật" (2 featured), "Tin mới" (5 latest)
- ``/bai-viet/<id>-<slug>``               article (the router reads the id only: any slug serves)
- ``/bai-viet/<id>``                      301 to the canonical ``<id>-<slug>``
- ``/chuyen-muc/<slug>?paginator-page=N`` category listing, 2 articles a page
- ``/trang/<slug>``                       static page (giới thiệu, cơ cấu tổ chức, liên hệ)
- ``/thu-vien-anh/<id>``                  photo album
- ``/tim-kiem?q=…``                       search (a GET form; not linked by ``<a>``)

Page templates: ``@layout.latte`` (header with today's date, menu with drop-downs, breadcrumb,
right column with "Đọc nhiều", "Thư viện ảnh", poll form, visitor counter; footer), and per
presenter: article (``h2.nadpis``, meta line, ``div.perex``, ``div.obsah``, tags, share tools,
``snippet--lienQuan`` related list, ``snippet--komentare`` comments), listing (items with
thumbnail, title, date, truncated perex; the paginator), page, album.

How each gold article is reached: every one is in its category listing; with two a page,
102 (page 3 of Tin tức - Sự kiện), 105 and 108 (page 2), 104 (page 2 of Hoạt động chuyên môn)
and 103 (page 2 of Thông báo) are in no listing's first page; 105, 108, 104 are also linked by
id only from "Đọc nhiều" (a 301), 102 only through the paginator.

Traps:
1. The headline is an ``<h2 class="nadpis">``; the page's only ``<h1>`` is the school's name in
   the header, and ``<title>`` is the layout's default "Chi tiết bài viết | THCS Trần Quốc Toản"
   (the freelancer never overrode ``{block title}``); no og:title. Gold title: the h2's text.
2. Texy figures: an image in the text is ``<div class="figure"><img …><p>caption</p></div>`` —
   the caption is a ``<p>`` inside the text container, looking like a paragraph. Gold: it is the
   image's caption (parentheses taken off), never body; a figure whose ``<p>`` is only
   "Ảnh: X" credits a photographer (caption None, X in photographers).
3. Dates from Nette's ``timeAgoInWords`` helper: posts younger than 14 days print "Hôm qua" /
   "3 ngày trước" with the exact time only in the span's ``title`` ("4. 12. 2026 7:45"), older ones
   print Czech ``j. n. Y, G:i`` ("19. 11. 2026, 9:00": day first, dot-space separated, hour without
   a leading zero). Gold: the exact time with +07:00 (relative words never resolved against the
   crawl day); "28. 10. 2026, 0:00" is a day without a time ("2026-10-28"); an imported post
   printing "15. 10. 2026" alone is the day.
4. Comments in ``snippet--komentare`` under article 113: readers' names ("Phụ huynh em …"),
   their own dates and ``<p>`` texts. Gold: none of it is body, author or date.
5. Renamed slugs: the router reads only the id, so the old slug of a retitled post still answers
   200 (with ``<link rel="canonical">`` to the new one), and the "Tin liên quan" boxes of 113 and
   112 link 111 and 109 by their old slugs. Gold: one record each, old URL in ``alt_paths``.
6. Flash ids: the "Tin nổi bật" box on the home page was pasted from the editor's browser after
   saving, so 112 and 110 are linked as ``…?_fid=8xq2`` / ``?_fid=k3m7`` (Nette's flash-message
   session key); they serve the same article. Gold: canonical path, the ``_fid`` URLs in
   ``alt_paths``.
7. Nette signals: the comment's "Trả lời" link is a GET signal
   ``?do=komentare-reply&komentare-replyTo=2`` that renders the same article with a reply form.
   Gold: an ``alt_paths`` entry of 113.
8. The paginator: page 1 is also linked as ``?paginator-page=1``, and the freelancer's "Sau »"
   link is printed on the last page too, pointing at N+1, which Nette's Paginator clamps to N
   (200, same items; bounded, as the clamped page links N+1 again). The first pages hold only
   two posts: five gold articles are on no listing's first page, and 102 is linked from nothing
   but page 3 of its category. Gold: listings, no records.
9. Bylines: the meta line's "Đăng bởi: tqtoan_admin" is the CMS account (nobody); the real
   signature is a right-aligned bold line at the end of the text ("ThS. Đỗ Thị Mai Anh - Tổ KHTN"
   -> "Đỗ Thị Mai Anh"; "Liên đội TNTP Hồ Chí Minh" a unit as printed), or a top line "Bài và ảnh:
   Trần Văn Hùng" (author and photographer) or "Tin: X - Ảnh: Y"; "BBT" is nobody.
10. The perex (Czech for sapo) is its own ``div.perex`` above ``div.obsah``: it is the summary
    and the body's first paragraph. Listings print it cut by Latte's ``|truncate`` ("…").
11. An article imported from the old site (105) is one ``<div>`` whose paragraphs are separated
    by ``<br><br>``; each line is a paragraph.
12. An official notice (110) with letterhead table, "Số:", place-and-day line, "THÔNG BÁO / Về
    việc …", "Nơi nhận" and the signer: its date is the letterhead's day (2026-11-30), not the
    meta line's "4 ngày trước" (title "1. 12. 2026 10:12"); the signer is the author.
13. Emoji: a typed "📢 " in 107's title is kept; ``<img alt="👉">`` bullets in its text are no text.

Gold decisions on ambiguous points:
- Redirecting URLs (``/bai-viet/<id>``) are not ``alt_paths`` (they serve nothing themselves).
- The reply-signal page differs from the article only in the comments snippet: same article.
- "Xem album ảnh: …" lines at the end of a text link to an album: not body.
- A table's header row is a paragraph like the other rows.
- 110's printed "(đã ký)" under the post is part of the closing, not body.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "nette_latte_thcs"
PLATFORM = "Nette Framework 3 + Latte (home-made, freelancer)"
START_PATH = "/"

SCHOOL = "Trường THCS Trần Quốc Toản"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PAGE_SIZE = 2

#: category slug -> (menu label, breadcrumb label)
CATEGORIES = {
    "tin-tuc-su-kien": ("Tin tức", "Tin tức - Sự kiện"),
    "chuyen-mon": ("Chuyên môn", "Hoạt động chuyên môn"),
    "thong-bao": ("Thông báo", "Thông báo"),
    "doi-cong-doan": ("Đội - Công đoàn", "Đội TNTP - Công đoàn"),
}

IMG = "/storage/clanky/2026"


def _sign(text: str) -> Raw:
    """The right-aligned bold signature at the end of a text."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


STORIES: list[Story] = [
    Story(
        id=113,
        slug="khai-mac-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Khai mạc Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-12-04T07:45:00+07:00",
        summary=(
            "Sáng 04/12/2026, Trường THCS Trần Quốc Toản long trọng tổ chức Lễ khai mạc Hội khỏe "
            "Phù Đổng cấp trường với sự tham gia của gần 600 học sinh từ 16 lớp."
        ),
        sapo_outside=True,
        blocks=[
            Raw("<p><em>Tin: Lê Minh Châu - Ảnh: Phạm Quốc Bảo</em></p>"),
            P(
                "Hội khỏe Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào rèn luyện thân "
                "thể theo gương Bác Hồ vĩ đại, đồng thời chọn vận động viên tham dự Hội khỏe cấp huyện."
            ),
            Img(
                f"{IMG}/12/hkpd-khai-mac-1.jpg",
                "(Thầy Hiệu trưởng Nguyễn Văn Thành phát biểu khai mạc Hội khỏe)",
                "Thầy Hiệu trưởng Nguyễn Văn Thành phát biểu khai mạc Hội khỏe",
                "figure",
            ),
            P("Năm nay Hội khỏe gồm các nội dung thi đấu:"),
            P("Bóng đá mini nam, nữ khối 6 - 7 và khối 8 - 9;", "li"),
            P("Cầu lông, bóng bàn đơn nam, đơn nữ;", "li"),
            P("Điền kinh: chạy 60 m, 100 m, nhảy xa, nhảy cao;", "li"),
            P("Kéo co và nhảy dây tập thể.", "li"),
            Img(
                f"{IMG}/12/hkpd-keo-co.jpg",
                "Phần thi kéo co sôi nổi của khối 8",
                "Phần thi kéo co sôi nổi của khối 8",
                "figure",
            ),
            P(
                "Các trận thi đấu sẽ diễn ra từ ngày 04/12 đến ngày 12/12/2026 vào các buổi chiều tại "
                "sân trường và Nhà thi đấu huyện Đức Trọng."
            ),
            Raw('<p>Xem album ảnh: <a href="/thu-vien-anh/7">Hội khỏe Phù Đổng 2026</a></p>'),
        ],
        authors=["Lê Minh Châu"],
        photographers=["Phạm Quốc Bảo"],
        opts={"when": "Hôm qua", "when_title": "4. 12. 2026 7:45", "comments": True},
    ),
    Story(
        id=112,
        slug="chuyen-de-day-hoc-stem-mon-khoa-hoc-tu-nhien-lop-7",
        title="Chuyên đề dạy học STEM môn Khoa học tự nhiên lớp 7",
        cat="chuyen-mon",
        published_at="2026-12-02T14:30:00+07:00",
        summary=(
            "Chiều 02/12, Tổ Khoa học tự nhiên tổ chức chuyên đề “Dạy học STEM: chế tạo bình lọc "
            "nước đơn giản” tại lớp 7A2."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề do cô Đỗ Thị Mai Anh thực hiện, với sự tham dự của Ban giám hiệu và toàn "
                "thể giáo viên tổ KHTN."
            ),
            P("Tiến trình bài dạy STEM", "h3"),
            P("Xác định vấn đề: nguồn nước sinh hoạt ở địa phương bị đục sau mưa;", "li"),
            P("Nghiên cứu kiến thức nền về hỗn hợp, chất tan và sự lọc;", "li"),
            P("Thiết kế, chế tạo và thử nghiệm bình lọc bằng cát, sỏi, than hoạt tính;", "li"),
            P("Trình bày sản phẩm và điều chỉnh.", "li"),
            Img(f"{IMG}/12/stem-7a2.jpg", "Các nhóm học sinh lớp 7A2 thử nghiệm bình lọc nước",
                "Các nhóm học sinh lớp 7A2 thử nghiệm bình lọc nước", "figure"),
            P(
                "Qua chuyên đề, giáo viên trong tổ đã thống nhất cách tổ chức hoạt động học theo "
                "hướng STEM, phát huy tính chủ động, sáng tạo của học sinh."
            ),
            _sign("ThS. Đỗ Thị Mai Anh - Tổ KHTN"),
        ],
        authors=["Đỗ Thị Mai Anh"],
        opts={"when": "3 ngày trước", "when_title": "2. 12. 2026 14:30", "fid": "8xq2"},
    ),
    Story(
        id=111,
        slug="hoc-sinh-lop-8a1-trai-nghiem-tai-vuon-dau-tay-da-lat",
        title="Học sinh lớp 8A1 trải nghiệm tại vườn dâu tây Đà Lạt",
        cat="tin-tuc-su-kien",
        published_at="2026-11-27T15:20:00+07:00",
        summary=(
            "Ngày 26/11/2026, 38 học sinh lớp 8A1 đã có chuyến đi trải nghiệm thực tế tại một "
            "vườn dâu tây công nghệ cao ở phường 12, thành phố Đà Lạt."
        ),
        sapo_outside=True,
        blocks=[
            Raw("<p><strong>Bài và ảnh: Trần Văn Hùng</strong></p>"),
            P(
                "Chuyến đi nằm trong chủ đề “Nghề nghiệp ở địa phương” của môn Hoạt động trải "
                "nghiệm, hướng nghiệp lớp 8."
            ),
            Img(f"{IMG}/11/dau-tay-1.jpg", "(Các em nghe kỹ sư nông nghiệp giới thiệu mô hình trồng dâu thủy canh)",
                "Các em nghe kỹ sư nông nghiệp giới thiệu mô hình trồng dâu thủy canh", "figure"),
            P(
                "Tại vườn, các em được tìm hiểu quy trình trồng, chăm sóc, thu hoạch dâu tây và tự "
                "tay hái những trái dâu chín."
            ),
            Img(f"{IMG}/11/dau-tay-2.jpg", None, None, "figure"),
            P("Sau chuyến đi, mỗi nhóm hoàn thành một bài thu hoạch về nghề trồng dâu tây ở Lâm Đồng."),
        ],
        authors=["Trần Văn Hùng"],
        photographers=["Trần Văn Hùng"],
        opts={"when": "8 ngày trước", "when_title": "27. 11. 2026 15:20",
              "old_slug": "hoc-sinh-8a1-trai-nghiem-vuon-dau"},
    ),
    Story(
        id=110,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw(
                '<table style="width: 100%; border: none;"><tbody>'
                '<tr><td style="text-align: center;">UBND HUYỆN ĐỨC TRỌNG<br><strong>TRƯỜNG THCS TRẦN QUỐC TOẢN'
                '</strong></td><td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
                '</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>'
                '<tr><td style="text-align: center;">Số: 87/TB-THCSTQT</td>'
                '<td style="text-align: center;"><em>Đức Trọng, ngày 30 tháng 11 năm 2026</em></td></tr>'
                "</tbody></table>"
                '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
                "<strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 12/KH-THCSTQT ngày 05/9/2026 về thực hiện nhiệm vụ năm học "
                "2026 - 2027, nhà trường thông báo lịch kiểm tra cuối học kỳ I như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Khối", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9", "tr"),
            P("22/12/2026 | Sáng | Toán | 6, 7, 8, 9", "tr"),
            P("23/12/2026 | Sáng | Tiếng Anh, Khoa học tự nhiên | 6, 7, 8, 9", "tr"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh; học sinh có mặt tại "
                "phòng kiểm tra trước giờ kiểm tra 15 phút."
            ),
            Raw(
                '<table style="width: 100%; border: none;"><tbody><tr>'
                "<td><strong><em>Nơi nhận:</em></strong><br>- Phòng GD&amp;ĐT (b/c);<br>"
                "- GVCN, học sinh;<br>- Lưu: VT.</td>"
                '<td style="text-align: center;"><strong>HIỆU TRƯỞNG</strong><br><em>(đã ký)</em>'
                "<br><br><strong>Nguyễn Văn Thành</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Nguyễn Văn Thành"],
        opts={"when": "4 ngày trước", "when_title": "1. 12. 2026 10:12", "fid": "k3m7"},
    ),
    Story(
        id=109,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
        title="Kết quả kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027",
        cat="chuyen-mon",
        published_at="2026-11-21T16:05:00+07:00",
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026 - 2027 do Phòng GD&ĐT Đức "
                "Trọng tổ chức ngày 15/11/2026. Trường THCS Trần Quốc Toản có 14 học sinh đạt giải."
            ),
            P("Môn | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "tr"),
            P("Toán | 1 | 1 | 2 | 0", "tr"),
            P("Ngữ văn | 0 | 2 | 1 | 1", "tr"),
            P("Tiếng Anh | 1 | 0 | 2 | 3", "tr"),
            P(
                "Nhà trường chúc mừng các em học sinh và quý thầy cô bồi dưỡng; các em đạt giải sẽ "
                "tiếp tục ôn luyện để dự thi cấp tỉnh vào tháng 3/2027."
            ),
            _sign("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"when": "13 ngày trước", "when_title": "21. 11. 2026 16:05",
              "old_slug": "ket-qua-thi-hsg-huyen-lop-9"},
    ),
    Story(
        id=108,
        slug="toa-dam-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Tọa đàm kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-19T09:00:00+07:00",
        summary=(
            "Hướng tới kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Công đoàn "
            "trường tổ chức buổi tọa đàm ấm cúng với các thầy cô giáo đã nghỉ hưu."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi tọa đàm, các thầy cô nguyên là cán bộ, giáo viên của trường đã ôn lại những "
                "kỷ niệm khó khăn thời kỳ đầu thành lập trường năm 1996."
            ),
            Img(f"{IMG}/11/toa-dam-20-11.jpg", "Ảnh: Nguyễn Hữu Phước", None, "figure"),
            P(
                "Thay mặt tập thể sư phạm, thầy Hiệu trưởng gửi lời tri ân sâu sắc và chúc các thầy cô "
                "luôn mạnh khỏe, tiếp tục đồng hành cùng nhà trường."
            ),
            P("“Mỗi thế hệ thầy cô là một viên gạch xây nên mái trường hôm nay.”", "quote"),
            Img(f"{IMG}/11/toa-dam-qua.jpg", "Học sinh tặng hoa các thầy cô nguyên là giáo viên của trường",
                "Học sinh tặng hoa các thầy cô nguyên là giáo viên của trường", "figure"),
            _sign("Công đoàn trường"),
        ],
        authors=["Công đoàn trường"],
        photographers=["Nguyễn Hữu Phước"],
        opts={"when": "19. 11. 2026, 9:00"},
    ),
    Story(
        id=107,
        slug="thong-bao-thanh-lap-cau-lac-bo-bong-da-hoc-sinh",
        title="📢 Thông báo thành lập Câu lạc bộ bóng đá học sinh",
        cat="thong-bao",
        published_at="2026-11-14T17:10:00+07:00",
        blocks=[
            P(
                "Nhằm tạo sân chơi lành mạnh sau giờ học, nhà trường thành lập Câu lạc bộ bóng đá học "
                "sinh gồm hai đội nam và một đội nữ."
            ),
            P("Đối tượng: học sinh khối 6, 7, 8 có sức khỏe tốt, được gia đình đồng ý.", "emoji"),
            P("Thời gian đăng ký: từ ngày 16/11 đến hết ngày 25/11/2026 tại phòng Đội.", "emoji"),
            P("Lịch tập: chiều thứ Ba và thứ Năm hằng tuần, từ 16 giờ 30.", "emoji"),
            P("Mọi thắc mắc xin liên hệ thầy Vũ Đức Long, giáo viên Giáo dục thể chất."),
        ],
        opts={"when": "14. 11. 2026, 17:10"},
    ),
    Story(
        id=106,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        title="Liên đội phát động phong trào Kế hoạch nhỏ thu gom giấy vụn",
        cat="doi-cong-doan",
        published_at="2026-11-03T07:00:00+07:00",
        summary=(
            "Trong buổi chào cờ sáng thứ Hai 02/11, Liên đội Trường THCS Trần Quốc Toản phát động "
            "phong trào Kế hoạch nhỏ “Thu gom giấy vụn - Gây quỹ Vì bạn nghèo”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi chi đội phấn đấu thu gom ít nhất 30 kg giấy vụn trong tháng 11; số tiền thu được "
                "dùng để mua áo ấm tặng học sinh có hoàn cảnh khó khăn."
            ),
            Img(f"{IMG}/11/ke-hoach-nho.jpg", "Các chi đội mang giấy vụn đến điểm tập kết",
                "Các chi đội mang giấy vụn đến điểm tập kết", "figure"),
            P("Kết quả thi đua sẽ được tổng kết vào dịp kỷ niệm ngày thành lập Quân đội nhân dân 22/12."),
            _sign("Liên đội TNTP Hồ Chí Minh"),
        ],
        authors=["Liên đội TNTP Hồ Chí Minh"],
        opts={"when": "3. 11. 2026, 7:00"},
    ),
    Story(
        id=105,
        slug="don-doan-kiem-tra-cong-tac-dau-nam-cua-phong-gd-dt",
        title="Trường THCS Trần Quốc Toản đón đoàn kiểm tra công tác đầu năm của Phòng GD&ĐT",
        cat="tin-tuc-su-kien",
        published_at="2026-10-28",
        blocks=[
            P(
                "Ngày 27/10/2026, đoàn kiểm tra của Phòng GD&ĐT huyện Đức Trọng do bà Hoàng Thị Yến, "
                "Phó Trưởng phòng làm trưởng đoàn đã đến làm việc tại trường.",
                "br",
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ quản lý, dự giờ 6 tiết dạy và kiểm tra cơ sở vật chất, công "
                "tác bán trú của nhà trường.",
                "br",
            ),
            P(
                "Kết luận buổi kiểm tra, đoàn ghi nhận sự chuẩn bị chu đáo và đề nghị trường tiếp tục "
                "đẩy mạnh ứng dụng công nghệ thông tin trong dạy học.",
                "br",
            ),
            Raw('<p style="text-align: right;">BBT</p>'),
        ],
        opts={"when": "28. 10. 2026, 0:00"},
    ),
    Story(
        id=104,
        slug="tap-huan-chuyen-doi-so-trong-day-hoc-cho-giao-vien-thcs",
        title="Tập huấn chuyển đổi số trong dạy học cho giáo viên THCS",
        cat="chuyen-mon",
        published_at="2026-10-22T08:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 19 đến 21/10/2026, Phòng GD&ĐT Đức Trọng tổ chức tập huấn chuyển đổi số "
                "trong dạy học cho hơn 300 giáo viên các trường THCS trên địa bàn huyện."
            ),
            P(
                "Theo kế hoạch, mỗi trường cử giáo viên cốt cán tham dự để sau đó tập huấn lại cho "
                "tổ chuyên môn của mình."
            ),
            P(
                "Nội dung tập huấn gồm khai thác hệ thống học liệu số, sử dụng phần mềm kiểm tra đánh "
                "giá trực tuyến và bảo đảm an toàn thông tin khi dạy học trên mạng."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT Đức Trọng</em></p>'),
        ],
        source="Phòng GD&ĐT Đức Trọng",
        opts={"when": "22. 10. 2026, 8:30"},
    ),
    Story(
        id=103,
        slug="thong-bao-ve-viec-thu-cac-khoan-dong-gop-tu-nguyen",
        title="Thông báo về việc thu các khoản đóng góp tự nguyện năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-15",
        blocks=[
            P(
                "Thực hiện hướng dẫn của Phòng GD&ĐT, nhà trường công khai các khoản thu theo quy "
                "định và các khoản đóng góp tự nguyện năm học 2026 - 2027."
            ),
            P("Quỹ khuyến học: tự nguyện, không quy định mức;", "li"),
            P("Nước uống học sinh: 10.000 đồng/tháng;", "li"),
            P("Bảo hiểm y tế học sinh: theo quy định của Bảo hiểm xã hội huyện.", "li"),
            P("Cha mẹ học sinh có ý kiến xin liên hệ văn phòng nhà trường trong giờ hành chính."),
            Raw('<p>Tệp đính kèm: <a href="/storage/soubory/cong-khai-thu-2026.pdf">cong-khai-thu-2026.pdf</a></p>'),
        ],
        opts={"when": "15. 10. 2026"},
    ),
    Story(
        id=102,
        slug="le-ra-quan-huong-ung-thang-hanh-dong-vi-an-toan-giao-thong",
        title="Lễ ra quân hưởng ứng Tháng hành động vì an toàn giao thông",
        cat="tin-tuc-su-kien",
        published_at="2026-10-09T10:10:00+07:00",
        summary=(
            "Sáng 08/10, nhà trường phối hợp với Công an xã Hiệp Thạnh tổ chức lễ ra quân hưởng ứng "
            "Tháng hành động vì an toàn giao thông cho học sinh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi lễ, cán bộ Công an xã đã tuyên truyền các quy định về đội mũ bảo hiểm, không "
                "đi xe đạp điện dàn hàng ngang và độ tuổi được điều khiển xe máy."
            ),
            Img(f"{IMG}/10/atgt-ra-quan.jpg", "(Học sinh ký cam kết chấp hành Luật Giao thông đường bộ)",
                "Học sinh ký cam kết chấp hành Luật Giao thông đường bộ", "figure"),
            P("100% học sinh đã ký cam kết thực hiện an toàn giao thông năm học 2026 - 2027."),
            Raw("<p><em>Theo Báo Lâm Đồng</em></p>"),
        ],
        source="Báo Lâm Đồng",
        opts={"when": "9. 10. 2026, 10:10"},
    ),
    Story(
        id=101,
        slug="dai-hoi-lien-doi-nhiem-ky-2026-2027",
        title="Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        cat="doi-cong-doan",
        published_at="2026-10-05T14:00:00+07:00",
        blocks=[
            Raw("<p><strong>Tin, ảnh: Phạm Thị Thu Hà</strong></p>"),
            P(
                "Chiều 03/10/2026, Liên đội Trường THCS Trần Quốc Toản tổ chức Đại hội Liên đội nhiệm "
                "kỳ 2026 - 2027 với sự tham dự của 96 đại biểu là chỉ huy các chi đội."
            ),
            Img(f"{IMG}/10/dai-hoi-lien-doi.jpg", "(Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội)",
                "Ban chỉ huy Liên đội nhiệm kỳ mới ra mắt Đại hội", "figure"),
            P("Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 đội viên tiêu biểu; em Lý Khánh Vy lớp 9A1 làm Liên đội trưởng."),
        ],
        authors=["Phạm Thị Thu Hà"],
        photographers=["Phạm Thị Thu Hà"],
        opts={"when": "5. 10. 2026, 14:00"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def _path(s: Story) -> str:
    return f"/bai-viet/{s.id}-{s.slug}"


def _in_cat(cat: str) -> list[Story]:
    """A category's posts, newest first (the ids follow the publication order)."""
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: -s.id)


def _alt_paths(s: Story) -> list[str]:
    out = []
    if "old_slug" in s.opts:
        out.append(f"/bai-viet/{s.id}-{s.opts['old_slug']}")
    if "fid" in s.opts:
        out.append(f"{_path(s)}?_fid={s.opts['fid']}")
    if s.opts.get("comments"):
        out.append(f"{_path(s)}?do=komentare-reply&komentare-replyTo=2")
    return out


GOLD = [
    gold_record(s, _path(s), CATEGORIES[s.cat][1], alt_paths=_alt_paths(s)) for s in STORIES
]

ALBUMS = {
    7: (
        "Hội khỏe Phù Đổng 2026",
        "4. 12. 2026",
        [("hkpd-01.jpg", "Lễ diễu hành của các lớp"), ("hkpd-02.jpg", "Thi chạy 60 m nữ khối 6"),
         ("hkpd-03.jpg", "Trận chung kết bóng đá mini nam")],
    ),
    3: (
        "Đại hội Liên đội nhiệm kỳ 2026 - 2027",
        "3. 10. 2026",
        [("dhld-01.jpg", "Đoàn đại biểu chỉ huy các chi đội"), ("dhld-02.jpg", "Bầu Ban chỉ huy Liên đội")],
    ),
}

PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Trường THCS Trần Quốc Toản được thành lập năm 1996 tại xã Hiệp Thạnh, huyện Đức Trọng, "
            "tỉnh Lâm Đồng.",
            "Năm học 2026 - 2027 trường có 16 lớp với 598 học sinh, 41 cán bộ, giáo viên, nhân viên.",
            "Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và kiểm định chất lượng giáo dục cấp độ 2.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: thầy Nguyễn Văn Thành.",
            "Phó Hiệu trưởng: cô Võ Thị Hằng.",
            "Các tổ chuyên môn: Tổ Ngữ văn - Sử - Địa, Tổ Toán - Tin, Tổ KHTN, Tổ Ngoại ngữ - Nghệ thuật "
            "- Thể chất, Tổ Văn phòng.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Địa chỉ: thôn Phú Thạnh, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng.",
            "Điện thoại: 0263 3843 215 - Email: thcstranquoctoan.ductrong@lamdong.edu.vn",
        ],
    ),
}

NON_ARTICLES = [
    "/trang/gioi-thieu",
    "/trang/co-cau-to-chuc",
    "/trang/lien-he",
    "/thu-vien-anh/7",
    "/thu-vien-anh/3",
]


# --- rendering ------------------------------------------------------------------------------


def _texy(value: str) -> str:
    """Escaped text with Texy's typography: a no-break space before a dash and after "số"."""
    s = esc(value).replace("&quot;", '"').replace("&#x27;", "'")
    s = s.replace(" - ", "&#160;- ").replace(" – ", "&#160;– ")
    return re.sub(r"\b(số|Số) ", r"\1&#160;", s)


def _date_span(s: Story) -> str:
    if "when_title" in s.opts:
        return f'<span class="datum" title="{esc(s.opts["when_title"])}">{esc(s.opts["when"])}</span>'
    return f'<span class="datum">{esc(s.opts["when"])}</span>'


def _blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            line = f"<p>{esc(b.printed)}</p>" if b.printed else ""
            out.append(
                f'<div class="figure"><img src="{esc(b.src)}" alt="" width="640" height="427">{line}</div>'
            )
        elif b.style in ("li", "tr", "br"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_texy(p.text)}</li>" for p in run) + "</ul>")
            elif b.style == "tr":
                rows = []
                for n, p in enumerate(run):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{_texy(c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table class="tabulka" border="1">' + "".join(rows) + "</table>")
            else:
                out.append("<div>" + "<br><br>\n".join(_texy(p.text) for p in run) + "</div>")
            continue
        elif b.style == "h3":
            out.append(f"<h3>{_texy(b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{_texy(b.text)}</p></blockquote>")
        elif b.style == "emoji":
            out.append(
                '<p><img src="/assets/emoji/1f449.png" alt="👉" class="emoji" width="16" height="16"> '
                f"{_texy(b.text)}</p>"
            )
        else:
            out.append(f"<p>{_texy(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _menu() -> str:
    cats = "".join(
        f'<li><a href="/chuyen-muc/{slug}">{esc(menu)}</a></li>' for slug, (menu, _) in CATEGORIES.items()
    )
    return (
        '<nav id="menu"><ul class="menu-top">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li class="has-sub"><a href="/trang/gioi-thieu">Giới thiệu</a><ul class="sub">'
        '<li><a href="/trang/gioi-thieu">Giới thiệu chung</a></li>'
        '<li><a href="/trang/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>'
        f"{cats}"
        '<li class="has-sub"><a href="/thu-vien-anh/7">Thư viện ảnh</a><ul class="sub">'
        + "".join(f'<li><a href="/thu-vien-anh/{k}">{esc(v[0])}</a></li>' for k, v in ALBUMS.items())
        + "</ul></li>"
        '<li><a href="/trang/lien-he">Liên hệ</a></li></ul>'
        '<form action="/tim-kiem" method="get" class="hledat"><input type="text" name="q" '
        'placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form></nav>'
    )


def _sidebar() -> str:
    most = [105, 108, 104, 113, 109]
    return (
        '<aside id="pravy-sloupec">'
        '<div class="box"><div class="box-tit">Đọc nhiều</div><ol>'
        + "".join(f'<li><a href="/bai-viet/{i}">{esc(BY_ID[i].title)}</a></li>' for i in most)
        + "</ol></div>"
        '<div class="box"><div class="box-tit">Thư viện ảnh</div>'
        + "".join(
            f'<a href="/thu-vien-anh/{k}"><img src="/storage/galerie/{k}/nahled.jpg" alt="{esc(v[0])}"></a>'
            for k, v in ALBUMS.items()
        )
        + "</div>"
        '<div class="box" id="snippet--anketa"><div class="box-tit">Thăm dò ý kiến</div>'
        '<form action="/?do=anketa-hlasovat" method="post"><p>Bạn biết đến website của trường qua đâu?</p>'
        '<label><input type="radio" name="odpoved" value="1"> Giáo viên chủ nhiệm</label><br>'
        '<label><input type="radio" name="odpoved" value="2"> Nhóm Zalo phụ huynh</label><br>'
        '<label><input type="radio" name="odpoved" value="3"> Tìm kiếm Google</label><br>'
        '<input type="submit" value="Bình chọn" class="ajax"><input type="hidden" name="_do" '
        'value="anketa-form-submit"></form></div>'
        '<div class="box"><div class="box-tit">Liên kết</div><ul>'
        '<li><a href="https://moet.gov.vn" rel="nofollow">Bộ GD&amp;ĐT</a></li>'
        '<li><a href="https://sgddt.lamdong.gov.vn" rel="nofollow">Sở GD&amp;ĐT Lâm Đồng</a></li>'
        '<li><a href="https://www.facebook.com/thcstranquoctoan.ductrong" rel="nofollow">Fanpage</a></li>'
        "</ul></div>"
        '<div class="box pocitadlo"><div class="box-tit">Thống kê truy cập</div>'
        "<p>Đang online: 14</p><p>Hôm nay: 327</p><p>Tổng truy cập: 1.284.903</p></div>"
        "</aside>"
    )


def _layout(request: Request, title: str, main: str, head_extra: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        '<link rel="stylesheet" href="/assets/css/style.css?v=1701">'
        '<link rel="icon" href="/favicon.ico">'
        f"{head_extra}</head><body>"
        '<div id="hlavicka"><div class="datum-dnes">'
        f"{HEADER_TODAY}</div>"
        '<a href="/" class="logo"><img src="/assets/img/logo.png" alt="Logo"></a>'
        '<h1>TRƯỜNG THCS TRẦN QUỐC TOẢN</h1><p class="slogan">Huyện Đức Trọng - Tỉnh Lâm Đồng</p></div>'
        f"{_menu()}"
        '<div id="obal"><main id="snippet--obsahStranky">'
        f"{main}</main>{_sidebar()}</div>"
        '<footer id="paticka"><p><strong>TRƯỜNG THCS TRẦN QUỐC TOẢN</strong></p>'
        "<p>Địa chỉ: thôn Phú Thạnh, xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng</p>"
        "<p>Điện thoại: 0263 3843 215 | Email: thcstranquoctoan.ductrong@lamdong.edu.vn</p>"
        "<p>© 2019 - 2026 Bản quyền thuộc Trường THCS Trần Quốc Toản. Thiết kế: Web Đức Trọng</p></footer>"
        '<script src="/assets/js/naja.min.js"></script><script src="/assets/js/netteForms.min.js"></script>'
        '<script src="/assets/js/main.js"></script></body></html>'
    )


def _crumbs(*items: tuple[str | None, str]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for href, label in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="drobecky">' + " › ".join(parts) + "</div>"


def _related(s: Story) -> list[tuple[str, Story]]:
    """The "Tin liên quan" items: up to three other posts, old slugs where the box kept them."""
    if s.id == 113:
        return [(f"/bai-viet/111-{BY_ID[111].opts['old_slug']}", BY_ID[111]),
                (_path(BY_ID[108]), BY_ID[108]), (_path(BY_ID[106]), BY_ID[106])]
    if s.id == 112:
        return [(f"/bai-viet/109-{BY_ID[109].opts['old_slug']}", BY_ID[109]),
                (_path(BY_ID[104]), BY_ID[104])]
    others = [o for o in _in_cat(s.cat) if o.id != s.id][:3]
    return [(_path(o), o) for o in others]


def _comments(s: Story, reply_to: str | None) -> str:
    if not s.opts.get("comments"):
        return '<div id="snippet--komentare"><p class="zadne">Chưa có bình luận nào.</p></div>'
    items = [
        (1, "Phụ huynh em Hoàng Gia Bảo (8A2)", "4. 12. 2026 20:15",
         "Cảm ơn nhà trường đã tổ chức sân chơi bổ ích cho các con. Chúc Hội khỏe thành công tốt đẹp!"),
        (2, "Cựu học sinh khóa 2015 - 2019", "5. 12. 2026 6:40",
         "Nhìn ảnh nhớ sân trường quá, năm nào kéo co lớp em cũng về nhì. Chúc các em thi đấu thật vui."),
    ]
    out = ['<div id="snippet--komentare"><h3 class="kom-tit">Bình luận (2)</h3>']
    for n, who, when, what in items:
        reply = f"{_path(s)}?do=komentare-reply&amp;komentare-replyTo={n}"
        out.append(
            f'<div class="komentar" id="komentar-{n}"><div class="kom-hlava"><b>{esc(who)}</b> '
            f'<span class="kom-datum">{esc(when)}</span></div><p>{esc(what)}</p>'
            + (f'<a class="ajax odpovedet" href="{reply}">Trả lời</a>' if n == 2 else "")
            + "</div>"
        )
        if reply_to == str(n):
            out.append(
                f'<form class="odpoved" method="post" action="{_path(s)}?do=komentare-form-submit">'
                f'<input type="hidden" name="replyTo" value="{n}"><textarea name="text"></textarea>'
                '<input type="submit" value="Gửi trả lời"></form>'
            )
    out.append(
        f'<form method="post" action="{_path(s)}?do=komentare-form-submit" class="novy-komentar">'
        '<input type="text" name="jmeno" placeholder="Họ tên"><textarea name="text"></textarea>'
        '<input type="submit" value="Gửi bình luận"></form></div>'
    )
    return "".join(out)


def _article(request: Request, s: Story) -> Response:
    crumb = CATEGORIES[s.cat][1]
    perex = f'<div class="perex">{_texy(s.summary)}</div>' if s.summary and s.sapo_outside else ""
    related = "".join(
        f'<li><a href="{href}">{esc(o.title)}</a> <span class="datum">({esc(o.opts["when"])})</span></li>'
        for href, o in _related(s)
    )
    main = (
        _crumbs((f"/chuyen-muc/{s.cat}", crumb))
        + '<article class="clanek">'
        + f'<h2 class="nadpis">{esc(s.title)}</h2>'
        + '<div class="meta"><i class="ico ico-cal"></i> '
        + _date_span(s)
        + ' <span class="sep">|</span> Đăng bởi: <span class="autor">tqtoan_admin</span>'
        + f' <span class="sep">|</span> Lượt xem: {s.views()}</div>'
        + perex
        + f'<div class="obsah">\n{_blocks(s)}\n</div>'
        + '<div class="stitky">Từ khóa: <a href="/tim-kiem?q=THCS+Tr%E1%BA%A7n+Qu%E1%BB%91c+To%E1%BA%A3n">'
        + "THCS Trần Quốc Toản</a>, "
        + f'<a href="/tim-kiem?q={quote_plus(crumb)}">{esc(crumb)}</a></div>'
        + '<div class="nastroje"><a href="javascript:window.print()">In bài</a> | '
        + f'<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{_path(s)}" '
        + 'rel="nofollow" target="_blank">Chia sẻ Facebook</a> | '
        + '<a href="#" onclick="history.back();return false;">Quay lại</a></div>'
        + f'<div id="snippet--lienQuan"><h3 class="lq-tit">Tin liên quan</h3><ul>{related}</ul></div>'
        + _comments(s, request.params.get("komentare-replyTo"))
        + "</article>"
    )
    head = f'<link rel="canonical" href="{base_url(request)}{_path(s)}">'
    head += f'<meta name="description" content="{esc((s.summary or s.title)[:150])}">'
    return html(_layout(request, "Chi tiết bài viết | THCS Trần Quốc Toản", main, head))


def _truncate(value: str, n: int = 110) -> str:
    if len(value) <= n:
        return value
    return value[:n].rsplit(" ", 1)[0] + "…"


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    thumb = next((b.src for b in s.blocks if isinstance(b, Img)), "/assets/img/no-image.png")
    thumb = thumb.replace("/storage/clanky/", "/storage/nahledy/").replace(".jpg", "_320x200.jpg")
    return (
        f'<div class="polozka"><a href="{_path(s)}" class="nahled"><img src="{thumb}" alt=""></a>'
        f'<h3><a href="{_path(s)}">{esc(s.title)}</a></h3>'
        f'<div class="meta">{_date_span(s)}</div>'
        f"<p>{esc(_truncate(first))}</p>"
        f'<a href="{_path(s)}" class="vice">Xem tiếp »</a></div>'
    )


def _listing(request: Request, cat: str) -> Response | None:
    crumb = CATEGORIES[cat][1]
    posts = _in_cat(cat)
    pages = max(1, -(-len(posts) // PAGE_SIZE))
    raw = request.params.get("paginator-page", "1")
    if not raw.isdigit():
        return None
    page = min(max(int(raw), 1), pages)  # Nette's Paginator clamps the page to its range
    items = posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    base = f"/chuyen-muc/{cat}"
    nav = ""
    if pages > 1:
        links = []
        if page > 1:
            links.append(f'<a class="ajax" href="{base}?paginator-page={page - 1}">« Trước</a>')
        for n in range(1, pages + 1):
            if n == page:
                links.append(f'<span class="current">{n}</span>')
            else:
                links.append(f'<a class="ajax" href="{base}?paginator-page={n}">{n}</a>')
        # the template forgot {if !$paginator->isLast()}: "Sau »" is printed on the last page too
        links.append(f'<a class="ajax" href="{base}?paginator-page={page + 1}">Sau »</a>')
        nav = '<div class="paginator">' + " ".join(links) + "</div>"
    snippet = "".join(_teaser(s) for s in items) + nav
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        body = json.dumps({"snippets": {"snippet--seznam": snippet}}, ensure_ascii=False)
        return Response(200, body, {"Content-Type": "application/json; charset=utf-8"})
    main = (
        _crumbs((None, crumb))
        + f'<h2 class="rubrika">{esc(crumb)}</h2><div id="snippet--seznam">{snippet}</div>'
    )
    return html(_layout(request, f"{crumb} | THCS Trần Quốc Toản", main))


def _home(request: Request) -> Response:
    featured = [BY_ID[112], BY_ID[110]]
    feat = "".join(
        f'<div class="slide"><a href="{_path(s)}?_fid={s.opts["fid"]}">'
        f'<img src="/storage/nahledy/slide-{s.id}.jpg" alt=""><span>{esc(s.title)}</span></a></div>'
        for s in featured
    )
    latest = sorted(STORIES, key=lambda s: -s.id)[:5]
    main = (
        f'<div class="noi-bat"><h2 class="blok-tit">Tin nổi bật</h2>{feat}</div>'
        '<div id="snippet--tinMoi"><h2 class="blok-tit">Tin mới</h2>'
        + "".join(_teaser(s) for s in latest)
        + "</div>"
    )
    return html(_layout(request, "THCS Trần Quốc Toản - Đức Trọng - Lâm Đồng", main))


def _page(request: Request, slug: str) -> Response | None:
    if slug not in PAGES:
        return None
    title, paras = PAGES[slug]
    main = (
        _crumbs((None, title))
        + f'<h2 class="nadpis">{esc(title)}</h2><div class="obsah">'
        + "".join(f"<p>{_texy(p)}</p>" for p in paras)
        + "</div>"
    )
    return html(_layout(request, f"{title} | THCS Trần Quốc Toản", main))


def _album(request: Request, aid: int) -> Response | None:
    if aid not in ALBUMS:
        return None
    title, day, photos = ALBUMS[aid]
    grid = "".join(
        f'<a href="/storage/galerie/{aid}/{f}" data-lightbox="album" title="{esc(c)}">'
        f'<img src="/storage/galerie/{aid}/thumb-{f}" alt="{esc(c)}"></a>'
        for f, c in photos
    )
    main = (
        _crumbs(("/thu-vien-anh/7", "Thư viện ảnh"), (None, title))
        + f'<h2 class="nadpis">{esc(title)}</h2><div class="meta"><span class="datum">{day}</span> '
        + f"| {len(photos)} ảnh</div><div class=\"galerie\">{grid}</div>"
    )
    return html(_layout(request, f"{title} | Thư viện ảnh", main))


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()]
    main = (
        _crumbs((None, "Tìm kiếm"))
        + f'<h2 class="rubrika">Kết quả tìm kiếm: {esc(q)}</h2>'
        + ("".join(_teaser(s) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>")
    )
    return html(_layout(request, "Tìm kiếm | THCS Trần Quốc Toản", main))


_ARTICLE = re.compile(r"^/bai-viet/(\d+)(?:-([a-z0-9-]+))?$")
_LIST = re.compile(r"^/chuyen-muc/([a-z0-9-]+)$")
_PAGE = re.compile(r"^/trang/([a-z0-9-]+)$")
_ALBUM = re.compile(r"^/thu-vien-anh/(\d+)$")


class NetteSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := _ARTICLE.match(path):
            s = BY_ID.get(int(m.group(1)))
            if s is None:
                return None
            if m.group(2) is None:  # the router adds the slug with a permanent redirect
                return redirect(_path(s), 301)
            return _article(request, s)  # any slug serves: the router reads the id only
        if (m := _LIST.match(path)) and m.group(1) in CATEGORIES:
            return _listing(request, m.group(1))
        if m := _PAGE.match(path):
            return _page(request, m.group(1))
        if m := _ALBUM.match(path):
            return _album(request, int(m.group(1)))
        if path == "/tim-kiem":
            return _search(request)
        if path.startswith(("/assets/", "/storage/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, b"%PDF-1.4\n%%EOF\n", {"Content-Type": "application/pdf"})
            return static_file(path)
        return None


def build_site() -> NetteSite:
    return NetteSite()
