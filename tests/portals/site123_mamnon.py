"""SITE123 site of the parents' committee of a kindergarten (Trường Mầm non Hoa Hồng).

Platform
--------
A SITE123 website (the hosted builder): one long home page made of "modules" (sections
``<section class="s123-module s123-module-<type> layout-N" data-module-id="<hex>"
data-module-type-num="N">``), each module also opening as its own page (multi-page mode), a
"Blog" module named "Tin tức - Hoạt động" with item pages, a paged blog list with category
filters, Froala editor markup in the posts (``fr-view``, ``fr-fic fr-dib``, ``fr-img-caption``),
the builder's scripts (``websiteID``, JSON-LD) and a "custom HTML" widget the committee pasted
into the top bar (today's date, hotline) and into the footer (visitor counter).

URL scheme
----------
- ``/``                                   home page: hero, about, quick notice, blog module
                                          (4 latest posts), gallery, video, menu, contact form
- ``/blog``, ``/blog?page=N``             blog list, 5 posts a page, newest first (3 pages)
- ``/blog?category=C[&page=N]``           category filter (C = 1..4), same paging
- ``/blog/<slug>-<id>``                   a post (canonical form; the blog list links it)
- ``/blog/<id>/<slug>``                   the same post (the home module and the sidebar
                                          "Bài viết mới nhất" link this older form)
- ``/blog/<old-slug>-<id>``               post 2665 under the slug it had before an edit
- ``/gioi-thieu``, ``/ban-dai-dien``, ``/thu-vien-anh``, ``/video``, ``/thuc-don``,
  ``/lien-he``                            module pages (not articles)
- ``/uploads/5849213/<size>_<hex>.jpg``   images (the builder's upload paths, served here)
- ``/uploads/5849213/files/<name>.pdf``   attachments

Page templates
--------------
Every page: top bar (custom HTML: "Thứ Bảy, 05/12/2026", hotline, Zalo group), ``nav#mainNav``
with a "Hoạt động" drop-down of blog categories and the builder's "Thêm" overflow drop-down,
footer with address/phone/email, a visitor-counter widget and "© 2026 … | Tạo bởi SITE123".
Post page: breadcrumb ``ol.s123-bc`` (Trang chủ › Tin tức › <category>), ``h1.blog-post-title``,
meta line ``div.bpi-meta`` (optional "Cập nhật" date, the post date, the CMS account, views),
optional short description ``div.bpi-shortdesc``, the text ``div#blogContent_<id>.fr-view``,
share bar, "Bài viết liên quan" cards, parents' comments, sidebar (latest posts, most read,
categories with counts, poll, Facebook page box).

How the gold articles are reached
---------------------------------
- 2731, 2728, 2725, 2719: home blog module (``/blog/<id>/<slug>``) and blog page 1;
- 2716: blog page 1; sidebar "Bài viết mới nhất" (old form) on every post;
- 2711, 2704, 2698, 2690, 2683: blog page 2 (``/blog?page=2`` from "Trang sau »");
- 2677, 2671, 2665: blog page 3, reachable only from page 2's "Trang sau »" (the numbered
  page buttons are ``javascript:;``); 2677 also on ``/blog?category=1&page=2``; 2671 and 2665
  on their category's page 1; 2665 also by its old slug from a "Xem thêm" line in 2690.

Traps
-----
1. Two URL forms of every post: ``/blog/<id>/<slug>`` (home module, sidebar) and
   ``/blog/<slug>-<id>`` (blog list, ``<link rel=canonical>``). Gold: the canonical form is the
   path, the other form is in ``alt_paths``; post 2665 also answers under its pre-edit slug
   (linked from a "Xem thêm" line in 2690), in its ``alt_paths`` too.
2. Pagination: the numbered page buttons are ``<a href="javascript:;" data-page="N">``; only
   "Trang sau »" / "« Trang trước" are real links, so page 3 is found only from page 2, and
   "« Trang trước" on page 2 links ``/blog?page=1`` (a duplicate of ``/blog``). Gold: 2677,
   2671, 2665 must still be found; listings are not articles.
3. Dates in three places that disagree: the meta line prints the local time
   ("24/11/2026 19:05"), the JSON-LD prints UTC ("2026-11-24T12:05:00+00:00"). Posts imported
   from the committee's Facebook page print "00:00" local, which is the previous day in UTC.
   Gold: the printed local time with +07:00; "00:00" is a day alone ("2026-10-24"), never the
   UTC day before.
4. "Cập nhật: 26/11/2026 07:58" is printed before the post date in the meta line of two
   posts, and the top bar prints today's date "Thứ Bảy, 05/12/2026"; titles carry event dates
   ("20/11", "20/10"). Gold: the post date only.
5. The meta line's author is the CMS account ("bdd.cmt.hoahong"), also in the JSON-LD ``author``.
   Gold: nobody from it; real bylines are the right-aligned lines at the end of the text
   ("Tin, ảnh: X" -> X in both; "Tin: X (phụ huynh lớp Chồi 3) - Ảnh: Y" -> [X], [Y];
   "BS.CKI X" -> X; a unit signing alone, "Ban đại diện cha mẹ trẻ" / "Bộ phận Y tế nhà
   trường", is the author as printed).
6. Emoji pasted from Facebook are ``<img class="emoji" src="https://static.xx.fbcdn.net/…">``:
   not photos; at the start of a line (👉, 📌) they are the line's bullet, no text. Emoji typed
   as characters in titles and text (🎄, 😍) are kept.
7. Captions in three forms: Froala's ``span.fr-img-caption > span.fr-img-wrap > span.fr-inner``,
   an italic centred line "(…)" after the photo (parentheses dropped), and a credit-only line
   "Ảnh: Nguyễn Văn Tú" (caption None, the name is the photographer). One photo is lazy-loaded:
   ``src`` is the builder's placeholder ``/files/images/s123-lazy.gif``, the photo is in
   ``data-src`` (gold: the ``data-src`` path).
8. Text that looks like content but is not body: parents' comments under the post (names,
   dates, "Cảm ơn các cô ạ"), "Bài viết liên quan" cards with excerpts, "Xem thêm: <link>"
   lines, "Tải về: <file>.pdf" attachment lines, the home page's "Thông báo nhanh" text
   section (the home page is no article).
9. An official notice (2728) printed as a document: letterhead table, "Số: 07/TB-BĐDCMT",
   "Hạc Thành, ngày 30 tháng 11 năm 2026", "THÔNG BÁO" and its subject, the fund table,
   "Nơi nhận" and the signer. Gold: body = the text and the table rows only; date
   "2026-11-30" (the letterhead's day, not the blog's 01/12/2026 20:10); author the signer
   "Phạm Quang Huy".
10. Text pasted from other editors: post 2698 is stored decomposed (NFD, typed on a Mac) -> gold
    NFC; post 2704 keeps Word's list markers (``<span style="mso-list:Ignore">-&nbsp;…</span>``)
    which are no text, while post 2671's "- " typed by the editor is text; a poem in 2711 is one
    ``<blockquote>`` whose lines are split by ``<br>`` (one paragraph a line).

Gold decisions on ambiguous points
----------------------------------
- Category: the blog category printed in the breadcrumb's last item and the meta line
  (e.g. "Hoạt động của bé"), not the module name "Tin tức - Hoạt động".
- Summary: the builder's short description printed in ``div.bpi-shortdesc`` above the text
  (2711, 2698), or a bold lead paragraph (2716, 2690); the meta description (an automatic
  excerpt) is not a summary.
- A credit-only line under a photo ("Ảnh: Nguyễn Văn Tú") gives caption None and puts the
  name among the photographers.
- A byline's trailing post or unit in parentheses or after " - " is dropped
  ("Nguyễn Thị Ngọc Ánh - Thư ký Ban đại diện" -> "Nguyễn Thị Ngọc Ánh").
- The notice's date is the letterhead's day; its "Nơi nhận" block, "TM. BAN ĐẠI DIỆN …",
  "TRƯỞNG BAN", "(Đã ký)" and the "Số:" line are not body.
- The sidebar's images, the list thumbnails (CSS backgrounds), the logo and the Facebook
  emoji images are not article images.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "site123_mamnon"
PLATFORM = "SITE123 (hosted website builder, Blog module, Froala editor)"
START_PATH = "/"

SITE_ID = "5849213"
UP = f"/uploads/{SITE_ID}"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE_NAME = "BĐD Cha mẹ trẻ - Trường MN Hoa Hồng"
ACCOUNT = "bdd.cmt.hoahong"

CATS = {
    1: "Hoạt động của bé",
    2: "Thông báo",
    3: "Góc phụ huynh",
    4: "Dinh dưỡng - Sức khỏe",
}
PER_PAGE = 5
FB = "https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16"
EMOJI = {"👉": "1f449", "📌": "1f4cc", "🎁": "1f381", "⏰": "23f0", "📍": "1f4cd", "👗": "1f457"}


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong><em>{esc(line)}</em></strong></p>')


# --- the thirteen posts, newest first ----------------------------------------------------------

S2731 = Story(
    id=2731,
    slug="ron-rang-chuan-bi-giang-sinh-an-lanh-cho-cac-be",
    title="🎄 Rộn ràng chuẩn bị Giáng sinh an lành cho các bé 🎅",
    cat="1",
    published_at="2026-12-04T16:45:00+07:00",
    blocks=[
        P("Chỉ còn ít ngày nữa là đến Lễ Giáng sinh, không khí rộn ràng đã bao trùm khắp các lớp học của Trường Mầm non Hoa Hồng. Cùng với các cô giáo, Ban đại diện cha mẹ trẻ đã họp bàn và thống nhất tổ chức chương trình “Giáng sinh yêu thương” để các bé có một ngày hội thật vui 🎄."),
        Img(f"{UP}/2000_6571a3f2c4e1b.jpg", "Cây thông Noel do phụ huynh và các bé lớp Lá 2 cùng trang trí ở sảnh trường", "Cây thông Noel do phụ huynh và các bé lớp Lá 2 cùng trang trí ở sảnh trường", "fr"),
        P("Ban đại diện cha mẹ trẻ xin thông báo tới quý phụ huynh một số nội dung như sau:"),
        P("Thời gian: 8h00 sáng thứ Năm, ngày 24/12/2026.", "emoji:⏰"),
        P("Địa điểm: sân trường và hội trường tầng 2.", "emoji:📍"),
        P("Trang phục: các bé mặc áo đỏ hoặc trang phục ông già Noel (không bắt buộc).", "emoji:👗"),
        P("Quà tặng: mỗi bé nhận một phần quà từ quỹ Ban đại diện, phụ huynh không cần chuẩn bị thêm quà riêng.", "emoji:🎁"),
        P("Phụ huynh có nhu cầu tặng quà riêng cho con vui lòng gửi cô giáo chủ nhiệm trước ngày 20/12/2026, ghi rõ họ tên và lớp của bé.", "emoji:👉"),
        P("Rất mong nhận được sự phối hợp của quý phụ huynh để ngày hội của các con thêm trọn vẹn. Chúc các bé và gia đình một mùa Giáng sinh an lành, ấm áp! 🎅🎁"),
        _right("Ban đại diện cha mẹ trẻ"),
    ],
    authors=["Ban đại diện cha mẹ trẻ"],
    opts={"posted": "2026-12-04 16:45", "thumb": "400_6571a3f2c4e1b.jpg"},
)

S2728 = Story(
    id=2728,
    slug="thong-bao-cong-khai-thu-chi-quy-ban-dai-dien-cha-me-tre-hoc-ky-i",
    title="Thông báo công khai thu, chi quỹ Ban đại diện cha mẹ trẻ học kỳ I năm học 2026 - 2027",
    cat="2",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
            '<td style="width: 44%; text-align: center; vertical-align: top;">TRƯỜNG MẦM NON HOA HỒNG<br>'
            "<strong>BAN ĐẠI DIỆN CHA MẸ TRẺ</strong><br>-------<br>Số: 07/TB-BĐDCMT</td>"
            '<td style="width: 56%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>'
            "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><br>"
            "<em>Hạc Thành, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            '<p style="text-align: center;"><br><strong><span style="font-size: 18px;">THÔNG BÁO</span></strong><br>'
            "<strong>Công khai thu, chi quỹ Ban đại diện cha mẹ trẻ học kỳ I năm học 2026 - 2027</strong></p>"
            '<p style="text-align: center;">----------------------</p>'
        ),
        P("Căn cứ Điều lệ Ban đại diện cha mẹ học sinh ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ trưởng Bộ Giáo dục và Đào tạo;", "indent"),
        P("Căn cứ Biên bản Hội nghị Ban đại diện cha mẹ trẻ đầu năm học 2026 - 2027 ngày 24/10/2026,", "indent"),
        P("Ban đại diện cha mẹ trẻ Trường Mầm non Hoa Hồng thông báo công khai tình hình thu, chi quỹ học kỳ I năm học 2026 - 2027 như sau:", "indent"),
        P("STT | Nội dung | Số tiền (đồng)", "th"),
        P("1 | Số dư năm học 2025 - 2026 chuyển sang | 2.350.000", "tr"),
        P("2 | Thu ủng hộ tự nguyện của cha mẹ trẻ | 31.200.000", "tr"),
        P("3 | Chi tổ chức Tết Trung thu cho trẻ | 9.860.000", "tr"),
        P("4 | Chi mua quà Hội thi “Bé khỏe – Bé ngoan” | 6.240.000", "tr"),
        P("5 | Chi văn phòng phẩm, in tài liệu hội nghị | 1.150.000", "tr"),
        P("6 | Tồn quỹ đến ngày 30/11/2026 | 16.300.000", "tr"),
        P("Mọi ý kiến thắc mắc, quý phụ huynh vui lòng liên hệ chị Nguyễn Thị Ngọc Ánh (thư ký) qua số điện thoại 0912 468 135 hoặc phản ánh qua trưởng ban đại diện các lớp trước ngày 10/12/2026.", "indent"),
        P("Ban đại diện cha mẹ trẻ trân trọng thông báo./.", "indent"),
        Raw(
            '<table style="width: 100%;" border="0"><tbody><tr>'
            '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
            '<span style="font-size: 12px;">- Ban Giám hiệu nhà trường;<br>- Các lớp (để niêm yết);<br>- Lưu: BĐD.</span></td>'
            '<td style="width: 50%; text-align: center; vertical-align: top;"><strong>TM. BAN ĐẠI DIỆN CHA MẸ TRẺ<br>TRƯỞNG BAN</strong><br><br>'
            "<em>(Đã ký)</em><br><br><strong>Phạm Quang Huy</strong></td></tr></tbody></table>"
            f'<p>📎 Tải về: <a href="{UP}/files/TB-07-cong-khai-quy-HKI-2026-2027.pdf" target="_blank">TB-07-cong-khai-quy-HKI-2026-2027.pdf</a></p>'
        ),
    ],
    authors=["Phạm Quang Huy"],
    opts={"posted": "2026-12-01 20:10", "thumb": "400_656f02b1d9a44.png"},
)

S2725 = Story(
    id=2725,
    slug="be-vui-hoi-thi-be-khoe-be-ngoan-cap-truong",
    title="Bé vui Hội thi “Bé khỏe – Bé ngoan” cấp trường",
    cat="1",
    published_at="2026-11-28T09:20:00+07:00",
    blocks=[
        P("Sáng ngày 27/11/2026, Trường Mầm non Hoa Hồng tổ chức Hội thi “Bé khỏe – Bé ngoan” cấp trường dành cho trẻ 4 - 5 tuổi. Hội thi thu hút gần 200 bé của 7 lớp Chồi và Lá tham gia cùng sự cổ vũ nhiệt tình của đông đảo phụ huynh."),
        P("Hội thi gồm ba phần: đồng diễn thể dục buổi sáng, thi vận động “Bật qua suối nhỏ – Bò chui qua cổng” và phần thi năng khiếu. Ở phần đồng diễn, các bé tự tin thực hiện bài tập theo nhạc bài hát “Nắng sớm” với động tác đều, đẹp."),
        Img(f"{UP}/2000_657e11c08af32.jpg", "(Các bé lớp Lá 1 trong phần đồng diễn thể dục buổi sáng)", "Các bé lớp Lá 1 trong phần đồng diễn thể dục buổi sáng", "next"),
        P("Phần thi vận động diễn ra sôi nổi, hào hứng. Nhiều bé dù bị vấp ngã vẫn đứng dậy về đích, nhận được những tràng pháo tay khích lệ của các bạn và phụ huynh."),
        Img(f"{UP}/2000_657e11c0b3f7d.jpg", None, None, "lazy"),
        P("Kết thúc hội thi, Ban tổ chức trao giải Nhất cho lớp Lá 2, giải Nhì cho lớp Lá 1 và Chồi 3, giải Ba cho các lớp Chồi 1, Chồi 2; mỗi bé tham gia đều được nhận phần quà từ quỹ Ban đại diện cha mẹ trẻ."),
        Img(f"{UP}/2000_657e11c0d2e90.jpg", "(Cô Hiệu trưởng Nguyễn Thị Lan trao giải Nhất cho lớp Lá 2)", "Cô Hiệu trưởng Nguyễn Thị Lan trao giải Nhất cho lớp Lá 2", "next"),
        P("Hội thi là dịp để các bé được rèn luyện thể chất, mạnh dạn, tự tin trước đám đông; đồng thời giúp phụ huynh hiểu thêm về các hoạt động giáo dục phát triển vận động của nhà trường."),
        _right("Tin, ảnh: Trần Thị Minh Hằng"),
    ],
    authors=["Trần Thị Minh Hằng"],
    photographers=["Trần Thị Minh Hằng"],
    opts={"posted": "2026-11-28 09:20", "thumb": "400_657e11c08af32.jpg"},
)

S2719 = Story(
    id=2719,
    slug="phu-huynh-lop-choi-3-cung-con-lam-do-choi-tu-vat-lieu-tai-che",
    title="Phụ huynh lớp Chồi 3 cùng con làm đồ chơi từ vật liệu tái chế",
    cat="1",
    published_at="2026-11-24T19:05:00+07:00",
    blocks=[
        P("Hưởng ứng tuần lễ “Bé với môi trường xanh”, chiều thứ Sáu vừa qua, 28 gia đình lớp Chồi 3 đã cùng con làm đồ chơi từ những vật liệu tưởng như bỏ đi: vỏ hộp sữa, chai nhựa, lõi giấy vệ sinh, nắp chai và bìa các-tông."),
        P("Chỉ sau hơn một giờ, lớp học đã có thêm những chiếc ô tô vỏ hộp sữa, chú rùa nắp chai, bộ nhạc cụ từ ống hút và chai nhựa đầy màu sắc."),
        Img(f"{UP}/2000_6579c4e2a1b07.jpg", "Bố bé Minh Khang hướng dẫn con gắn bánh xe cho chiếc ô tô vỏ hộp sữa", "Bố bé Minh Khang hướng dẫn con gắn bánh xe cho chiếc ô tô vỏ hộp sữa", "fr"),
        P("Cô Vũ Thị Hương, giáo viên chủ nhiệm lớp Chồi 3 chia sẻ: “Qua buổi làm đồ chơi, các con được rèn sự khéo léo của đôi tay và biết quý trọng những đồ vật quanh mình."),
        P("Những món đồ chơi do chính tay bố mẹ và con làm ra sẽ được trưng bày ở góc thiên nhiên của lớp”.", "br"),
        P("Ban đại diện cha mẹ trẻ lớp Chồi 3 cảm ơn các gia đình đã dành thời gian tham gia và mong tiếp tục nhận được sự đồng hành của quý phụ huynh trong các hoạt động tiếp theo."),
        Img(f"{UP}/2000_6579c4e2c77f5.jpg", "Các bé hào hứng khoe sản phẩm của gia đình mình", "Các bé hào hứng khoe sản phẩm của gia đình mình", "fr"),
        _right("Tin: Lê Thị Hoa (phụ huynh lớp Chồi 3) - Ảnh: Nguyễn Văn Tú"),
    ],
    authors=["Lê Thị Hoa"],
    photographers=["Nguyễn Văn Tú"],
    opts={"posted": "2026-11-24 19:05", "updated": "26/11/2026 07:58", "thumb": "400_6579c4e2a1b07.jpg"},
)

S2716 = Story(
    id=2716,
    slug="che-do-an-hop-ly-giup-tre-mam-non-phong-benh-mua-dong",
    title="Chế độ ăn hợp lý giúp trẻ mầm non phòng bệnh mùa đông",
    cat="4",
    published_at="2026-11-20T10:00:00+07:00",
    blocks=[
        P("Thời tiết chuyển lạnh, độ ẩm cao là điều kiện thuận lợi cho các bệnh đường hô hấp, tiêu hóa phát triển. Một chế độ ăn đủ chất, hợp lý sẽ giúp trẻ tăng sức đề kháng, hạn chế ốm vặt trong mùa đông.", "lead"),
        P("Theo khuyến cáo của các chuyên gia dinh dưỡng, bữa ăn của trẻ mầm non cần đủ bốn nhóm chất: chất bột đường, chất đạm, chất béo, vitamin và khoáng chất. Cha mẹ nên lưu ý một số điểm sau:"),
        P("Tăng cường rau xanh và trái cây giàu vitamin C như cam, quýt, bưởi, ổi, kiwi để tăng sức đề kháng.", "li"),
        P("Bổ sung thực phẩm giàu kẽm và sắt như thịt bò, trứng, tôm, cua, các loại đậu.", "li"),
        P("Cho trẻ uống đủ nước ấm, kể cả khi trẻ ít cảm thấy khát trong những ngày lạnh.", "li"),
        P("Hạn chế đồ uống lạnh, kem, nước ngọt có ga; không cho trẻ ăn quá nhiều đồ chiên rán.", "li"),
        Img(f"{UP}/2000_657531a4f0c28.jpg", "(Bữa trưa bán trú gồm cơm, canh rau ngót nấu thịt, cá thu sốt cà chua và chuối tráng miệng)", "Bữa trưa bán trú gồm cơm, canh rau ngót nấu thịt, cá thu sốt cà chua và chuối tráng miệng", "next"),
        P("Ngoài ra, cha mẹ cần giữ ấm cho trẻ khi ra ngoài, đặc biệt là vùng cổ, ngực và bàn chân; cho trẻ ngủ đủ giấc và vận động thường xuyên. Khi trẻ có biểu hiện sốt cao, ho nhiều, thở nhanh, cần đưa trẻ đến cơ sở y tế để được khám và điều trị kịp thời."),
        _right("BS.CKI Nguyễn Thị Thu Trang"),
        Raw('<p style="text-align: right;"><em>Nguồn: Báo Sức khỏe &amp; Đời sống</em></p>'),
    ],
    authors=["Nguyễn Thị Thu Trang"],
    source="Báo Sức khỏe & Đời sống",
    summary="Thời tiết chuyển lạnh, độ ẩm cao là điều kiện thuận lợi cho các bệnh đường hô hấp, tiêu hóa phát triển. Một chế độ ăn đủ chất, hợp lý sẽ giúp trẻ tăng sức đề kháng, hạn chế ốm vặt trong mùa đông.",
    opts={"posted": "2026-11-20 10:00", "thumb": "400_657531a4f0c28.jpg"},
)

S2711 = Story(
    id=2711,
    slug="tri-an-cac-co-giao-nhan-ngay-nha-giao-viet-nam-20-11",
    title="Chúc mừng Ngày Nhà giáo Việt Nam 20/11:  Tri ân các cô giáo Trường Mầm non Hoa Hồng",
    cat="1",
    published_at="2026-11-19T15:30:00+07:00",
    summary="Nhân dịp kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026), Ban đại diện cha mẹ trẻ đã tổ chức buổi gặp mặt tri ân các cô giáo, cô nuôi và nhân viên nhà trường.",
    sapo_outside=True,
    blocks=[
        P("Buổi gặp mặt diễn ra ấm cúng tại hội trường nhà trường vào chiều ngày 18/11/2026 với sự tham dự của Ban Giám hiệu, 36 cán bộ, giáo viên, nhân viên và đại diện phụ huynh của 12 lớp."),
        Img(f"{UP}/2000_6572b9d3e5a61.jpg", "Đại diện Ban đại diện cha mẹ trẻ tặng hoa chúc mừng tập thể cán bộ, giáo viên nhà trường", "Đại diện Ban đại diện cha mẹ trẻ tặng hoa chúc mừng tập thể cán bộ, giáo viên nhà trường", "fr"),
        P("Phát biểu tại buổi gặp mặt, anh Phạm Quang Huy, Trưởng ban đại diện cha mẹ trẻ bày tỏ lòng biết ơn đối với sự tận tụy của các cô: mỗi ngày đón các con từ tay bố mẹ, các cô vừa là cô giáo, vừa là người mẹ thứ hai của các con."),
        P("Thay lời tri ân, phụ huynh lớp Lá 2 gửi tặng các cô bài thơ:"),
        P("Cô như mẹ hiền dịu dàng", "quote"),
        P("Dạy con tập nói, tập làm, tập chơi", "quote"),
        P("Bữa cơm cô dỗ từng lời", "quote"),
        P("Giấc trưa cô quạt cho vơi nắng hè.", "quote"),
        P("Các bé cũng mang đến những tiết mục văn nghệ, những tấm thiệp tự làm tặng cô. Buổi gặp mặt khép lại trong niềm xúc động và những lời chúc tốt đẹp nhất dành cho các cô giáo."),
        Img(f"{UP}/2000_6572b9d40c1f8.jpg", "Các bé lớp Mầm 1 biểu diễn tiết mục “Cô giáo em”", "Các bé lớp Mầm 1 biểu diễn tiết mục “Cô giáo em”", "fr"),
    ],
    opts={"posted": "2026-11-19 15:30", "thumb": "400_6572b9d3e5a61.jpg"},
)

S2704 = Story(
    id=2704,
    slug="lich-tiem-chung-va-kham-suc-khoe-dinh-ky-cho-tre-thang-11-2026",
    title="Lịch tiêm chủng và khám sức khỏe định kỳ cho trẻ tháng 11/2026",
    cat="4",
    published_at="2026-11-12T08:15:00+07:00",
    blocks=[
        P("Thực hiện kế hoạch chăm sóc sức khỏe trẻ em năm học 2026 - 2027, Trường Mầm non Hoa Hồng phối hợp với Trạm Y tế phường Hạc Thành tổ chức khám sức khỏe định kỳ và tiêm chủng bổ sung cho trẻ trong tháng 11/2026."),
        P("Lịch khám cụ thể như sau:"),
        P("Khối | Ngày khám | Thời gian", "th"),
        P("Nhà trẻ, Mầm | 16/11/2026 | 7h30 - 10h00", "tr"),
        P("Chồi | 17/11/2026 | 7h30 - 10h00", "tr"),
        P("Lá | 18/11/2026 | 7h30 - 10h30", "tr"),
        P("Để buổi khám đạt hiệu quả, đề nghị phụ huynh:"),
        P("Cho trẻ ăn sáng đầy đủ trước khi đến trường, mặc quần áo gọn gàng, dễ cởi.", "mso"),
        P("Mang theo sổ tiêm chủng của trẻ (bản chính) để cán bộ y tế kiểm tra, ghi bổ sung.", "mso"),
        P("Thông báo cho giáo viên chủ nhiệm nếu trẻ đang ốm, sốt hoặc có tiền sử dị ứng thuốc, vắc xin.", "mso"),
        P("Kết quả khám sức khỏe sẽ được nhà trường gửi tới phụ huynh qua sổ bé ngoan và nhóm Zalo của lớp."),
        _right("Bộ phận Y tế nhà trường"),
    ],
    authors=["Bộ phận Y tế nhà trường"],
    opts={"posted": "2026-11-12 08:15", "updated": "13/11/2026 10:41", "thumb": "400_656d8e0fa3b21.png"},
)

S2698 = Story(
    id=2698,
    slug="kinh-nghiem-giup-con-het-khoc-nhe-khi-moi-di-lop",
    title="Kinh nghiệm giúp con hết khóc nhè khi mới đi lớp",
    cat="3",
    published_at="2026-11-06T21:40:00+07:00",
    summary="Con khóc khi mới đi lớp là chuyện rất bình thường. Dưới đây là vài kinh nghiệm nhỏ của một phụ huynh lớp Mầm 1 sau gần hai tháng cùng con làm quen với trường mới.",
    sapo_outside=True,
    blocks=[
        P("1. Chuẩn bị tâm lý cho con từ ở nhà", "h"),
        P("Khoảng hai tuần trước khi con đi học, tôi thường kể cho con nghe về trường mầm non: ở đó có cô giáo, có nhiều bạn, có đồ chơi và những bữa cơm ngon. Tôi cũng đưa con đi ngang qua trường vài lần để con quen với cổng trường, sân chơi."),
        P("2. Đón con đúng giờ đã hứa", "h"),
        P("Những ngày đầu, tôi luôn nói rõ với con: “Mẹ sẽ đón con sau giờ ngủ dậy ăn chiều” và đến đúng giờ. Khi tin rằng bố mẹ chắc chắn quay lại, con yên tâm hơn rất nhiều."),
        P("3. Chào tạm biệt ngắn gọn, không lén bỏ về", "h"),
        P("Dù con khóc, tôi vẫn ôm con, chào tạm biệt rồi trao con cho cô. Lén bỏ về khi con không để ý chỉ làm con thêm hoảng sợ và mất lòng tin."),
        P("4. Phối hợp với cô giáo", "h"),
        P("Tôi thường hỏi cô về thói quen ăn, ngủ của con ở lớp và kể cho cô những điều con thích. Nhờ cô Hà và cô Thảo, chỉ sau ba tuần bé Su nhà tôi đã vui vẻ chào mẹ để vào lớp."),
        P("Mong rằng những chia sẻ nhỏ này sẽ giúp ích cho các bố mẹ có con mới đi học."),
        _right("Nguyễn Thu Hà (mẹ bé Su, lớp Mầm 1)"),
    ],
    authors=["Nguyễn Thu Hà"],
    opts={"posted": "2026-11-06 21:40", "nfd": True, "thumb": "400_6568f1c27be03.jpg"},
)

S2690 = Story(
    id=2690,
    slug="hoi-nghi-ban-dai-dien-cha-me-tre-nam-hoc-2026-2027",
    title="Hội nghị Ban đại diện cha mẹ trẻ năm học 2026 - 2027",
    cat="2",
    published_at="2026-10-26T20:30:00+07:00",
    blocks=[
        P("Chiều ngày 24/10/2026, Trường Mầm non Hoa Hồng tổ chức Hội nghị Ban đại diện cha mẹ trẻ năm học 2026 - 2027 với sự tham dự của Ban Giám hiệu nhà trường và 36 đại diện cha mẹ trẻ của 12 lớp.", "lead"),
        P("Tại hội nghị, cô Hiệu trưởng Nguyễn Thị Lan đã thông qua kế hoạch năm học, các khoản thu theo quy định và những hoạt động trọng tâm của nhà trường trong học kỳ I. Các đại diện cha mẹ trẻ đã thảo luận, đóng góp nhiều ý kiến về bữa ăn bán trú, giờ đón trả trẻ và việc giữ gìn an toàn cho trẻ ở khu vực cổng trường."),
        Img(f"{UP}/2000_6563ad19b8e47.jpg", "Ảnh: Nguyễn Văn Tú", None, "next"),
        P("Hội nghị đã biểu quyết thống nhất bầu Ban đại diện cha mẹ trẻ của trường gồm 7 thành viên, anh Phạm Quang Huy (phụ huynh lớp Lá 2) được bầu làm Trưởng ban, chị Đào Thị Mai (phụ huynh lớp Chồi 1) làm Phó Trưởng ban."),
        P("Ban đại diện cũng thống nhất chương trình hoạt động năm học, trong đó ưu tiên các hoạt động trải nghiệm, vui chơi cho trẻ và hỗ trợ nhà trường cải tạo khu vui chơi ngoài trời."),
        Raw('<p>Xem thêm: <a href="/blog/thong-bao-bau-ban-dai-dien-cmt-2026-2665">Thông báo bầu Ban đại diện cha mẹ trẻ các lớp</a></p>'),
        _right("Nguyễn Thị Ngọc Ánh - Thư ký Ban đại diện"),
    ],
    authors=["Nguyễn Thị Ngọc Ánh"],
    photographers=["Nguyễn Văn Tú"],
    summary="Chiều ngày 24/10/2026, Trường Mầm non Hoa Hồng tổ chức Hội nghị Ban đại diện cha mẹ trẻ năm học 2026 - 2027 với sự tham dự của Ban Giám hiệu nhà trường và 36 đại diện cha mẹ trẻ của 12 lớp.",
    opts={"posted": "2026-10-26 20:30", "thumb": "400_6563ad19b8e47.jpg"},
)

S2683 = Story(
    id=2683,
    slug="be-trai-nghiem-tham-quan-nong-trai-xanh",
    title="Bé trải nghiệm tham quan Nông trại xanh 🌱",
    cat="1",
    published_at="2026-10-24",
    blocks=[
        P("Một ngày trải nghiệm thật đáng nhớ của các bạn nhỏ khối Lá tại Nông trại xanh Đông Sơn 😍"),
        P("Các con được tận mắt nhìn thấy vườn rau, cánh đồng lúa, được tự tay tưới cây, nhổ củ cải và cho thỏ, cho gà ăn. Bạn nào cũng háo hức, mặt mũi lấm lem nhưng nụ cười thì rạng rỡ."),
        Img(f"{UP}/2000_6560e7a2c3d18.jpg", None, None, "none"),
        Img(f"{UP}/2000_6560e7a2e9b54.jpg", None, None, "none"),
        P("Buổi trưa, các con cùng nhau ăn cơm dưới tán cây, nghe cô hướng dẫn viên kể chuyện về hạt gạo. Chuyến đi giúp các con hiểu thêm công việc của người nông dân và biết quý trọng hạt cơm, cọng rau."),
        P("Cảm ơn các cô giáo và các bố mẹ tình nguyện viên đã đồng hành cùng các con trong chuyến đi! ❤️"),
    ],
    opts={"posted": "2026-10-24 00:00", "thumb": "400_6560e7a2c3d18.jpg"},
)

S2677 = Story(
    id=2677,
    slug="be-lam-thiep-tang-ba-tang-me-ngay-20-10",
    title="Chào mừng Ngày Phụ nữ Việt Nam 20/10: Bé làm thiệp tặng bà, tặng mẹ",
    cat="1",
    published_at="2026-10-19T17:25:00+07:00",
    blocks=[
        P("Hướng tới kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), các bé lớp Lá 1 đã cùng cô giáo làm những tấm thiệp xinh xắn để tặng bà, tặng mẹ."),
        P("Với giấy màu, bút sáp, hoa khô và hạt cườm, mỗi bé tự trang trí một tấm thiệp theo ý thích của mình. Có bạn vẽ bông hoa thật to, có bạn nắn nót viết dòng chữ “Con yêu mẹ” dưới sự giúp đỡ của cô."),
        Img(f"{UP}/2000_655f2b08a4c91.jpg", "Bé Bảo Ngọc khoe tấm thiệp tặng mẹ", "Bé Bảo Ngọc khoe tấm thiệp tặng mẹ", "fr"),
        P("Chiều 19/10, khi bố mẹ đến đón, các bé đã trao tận tay những tấm thiệp kèm lời chúc. Nhiều phụ huynh không giấu được sự xúc động trước món quà giản dị mà đầy tình cảm của con."),
        _right("Tin, ảnh: Đỗ Thị Thanh Tâm (GV lớp Lá 1)"),
    ],
    authors=["Đỗ Thị Thanh Tâm"],
    photographers=["Đỗ Thị Thanh Tâm"],
    opts={"posted": "2026-10-19 17:25", "thumb": "400_655f2b08a4c91.jpg"},
)

S2671 = Story(
    id=2671,
    slug="nhung-luu-y-khi-chuan-bi-do-dung-ban-tru-cho-tre",
    title="Những lưu ý khi chuẩn bị đồ dùng bán trú cho trẻ đầu năm học",
    cat="3",
    published_at="2026-10-12",
    blocks=[
        P("Nhiều phụ huynh có con lần đầu học bán trú còn băn khoăn không biết cần chuẩn bị những gì cho con. Ban đại diện cha mẹ trẻ tổng hợp một số lưu ý để bố mẹ tham khảo:"),
        P("- Hai bộ quần áo để thay, để trong túi có ghi tên của bé.", "dash"),
        P("- Khăn mặt, bàn chải đánh răng (với trẻ từ 4 tuổi), cốc uống nước riêng.", "dash"),
        P("- Gối nhỏ và chăn mỏng cho giấc ngủ trưa; nhà trường đã có đệm nằm cho trẻ.", "dash"),
        P("- Dép quai hậu đi trong lớp, tránh dép tông dễ trơn ngã.", "dash"),
        P("Bố mẹ nên ghi tên bé lên tất cả đồ dùng để cô dễ phân biệt, đồng thời dặn con tự cất đồ vào đúng ngăn tủ của mình. Đây cũng là cách rèn cho trẻ tính tự lập ngay từ những việc nhỏ."),
        P("Trẻ mầm non không nên mang đồ chơi đắt tiền, trang sức hay đồ ăn vặt đến lớp để tránh thất lạc và đảm bảo an toàn thực phẩm."),
        Raw('<p style="text-align: right;"><em>Theo Báo Giáo dục và Thời đại</em></p>'),
    ],
    source="Báo Giáo dục và Thời đại",
    opts={"posted": "2026-10-12 00:00", "thumb": "400_655a7c4f1e2d6.jpg"},
)

S2665 = Story(
    id=2665,
    slug="thong-bao-tuyen-chon-thanh-vien-ban-dai-dien-cha-me-tre-cac-lop",
    title="Thông báo tuyển chọn thành viên Ban đại diện cha mẹ trẻ các lớp năm học 2026 - 2027",
    cat="2",
    published_at="2026-10-05T08:00:00+07:00",
    blocks=[
        P("Kính gửi quý phụ huynh,"),
        P("Để chuẩn bị cho Hội nghị Ban đại diện cha mẹ trẻ năm học 2026 - 2027, Ban đại diện nhiệm kỳ trước đề nghị các lớp tổ chức họp phụ huynh, bầu Ban đại diện cha mẹ trẻ của lớp gồm từ 3 đến 5 thành viên."),
        P("Thời gian họp lớp: từ ngày 12/10 đến ngày 17/10/2026, vào giờ đón trẻ buổi chiều (16h30). Giáo viên chủ nhiệm sẽ thông báo lịch cụ thể qua nhóm Zalo của lớp.", "emoji:📌"),
        P("Tiêu chuẩn thành viên: nhiệt tình, có trách nhiệm, có thời gian tham gia các hoạt động chung của lớp và của trường.", "emoji:📌"),
        P("Danh sách Ban đại diện các lớp gửi về nhà trường trước ngày 20/10/2026 theo mẫu đính kèm.", "emoji:📌"),
        Raw(f'<p>📎 Tải về: <a href="{UP}/files/Mau-danh-sach-BDD-lop-2026-2027.pdf">Mẫu danh sách Ban đại diện lớp</a></p>'),
        P("Trân trọng cảm ơn sự quan tâm, phối hợp của quý phụ huynh!"),
    ],
    opts={
        "posted": "2026-10-05 08:00",
        "old_slug": "thong-bao-bau-ban-dai-dien-cmt-2026",
        "thumb": "400_6554f0e3b7a19.png",
    },
)

STORIES = [S2731, S2728, S2725, S2719, S2716, S2711, S2704, S2698, S2690, S2683, S2677, S2671, S2665]
BY_ID = {s.id: s for s in STORIES}

MOST_READ = [2698, 2704, 2671, 2716]
COMMENTS = {
    2731: [
        ("Mẹ bé Na (Lá 2)", "04/12/2026", "Cảm ơn Ban đại diện và các cô ạ 😍 Bé nhà em háo hức lắm rồi."),
        ("Bố Khôi", "05/12/2026", "Cho em hỏi các bé Nhà trẻ có tham gia không ạ?"),
    ],
    2725: [("Phụ huynh Chồi 1", "28/11/2026", "Các con giỏi quá, cảm ơn các cô đã vất vả chuẩn bị cho hội thi!")],
    2698: [
        ("Trần Mai Anh", "07/11/2026", "Bài viết rất hữu ích, con mình cũng đang khóc nhè mỗi sáng 😢"),
        ("Mẹ Bin", "08/11/2026", "Cảm ơn chị đã chia sẻ ạ. Em sẽ thử cách chào tạm biệt ngắn gọn."),
    ],
}


# --- helpers ---------------------------------------------------------------------------------


def canon(s: Story) -> str:
    return f"/blog/{s.slug}-{s.id}"


def old_form(s: Story) -> str:
    return f"/blog/{s.id}/{s.slug}"


def alt_paths(s: Story) -> list[str]:
    alts = [old_form(s)]
    if s.opts.get("old_slug"):
        alts.append(f"/blog/{s.opts['old_slug']}-{s.id}")
    return alts


def _posted(s: Story) -> datetime:
    return datetime.strptime(s.opts["posted"], "%Y-%m-%d %H:%M")


def _utc_iso(s: Story) -> str:
    return (_posted(s) - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _vn(s: Story, value: str) -> str:
    """Escaped text as the post stores it (2698 was typed on a Mac: decomposed)."""
    if s.opts.get("nfd"):
        value = unicodedata.normalize("NFD", value)
    return esc(value)


def _excerpt(s: Story, n: int = 150) -> str:
    first = s.summary if s.sapo_outside and s.summary else next(b.text for b in s.blocks if isinstance(b, P))
    first = re.sub(r"\s+", " ", first).strip()
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "..."


def _cat_id(s: Story) -> int:
    return int(s.cat)


_MONTHS = ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"]


# --- the post text as Froala stores it ---------------------------------------------------------


def _img(s: Story, img: Img) -> str:
    src = esc(img.src)
    if img.style == "fr":
        return (
            '<p><span class="fr-img-caption fr-fic fr-dib" style="width: 640px;">'
            f'<span class="fr-img-wrap"><img src="{src}" alt="">'
            f'<span class="fr-inner">{_vn(s, img.printed or "")}</span></span></span></p>'
        )
    if img.style == "lazy":
        name = "IMG_20261127_091544.jpg"
        return (
            f'<p style="text-align: center;"><img class="fr-fic fr-dib s123-lazy" src="/files/images/s123-lazy.gif" '
            f'data-src="{src}" alt="{name}" style="width: 640px;"></p>'
        )
    if img.style == "none":
        return f'<p><img src="{src}" class="fr-fic fr-dii" style="width: 310px;" alt=""></p>'
    out = f'<p style="text-align: center;"><img src="{src}" class="fr-fic fr-dib" style="width: 640px;" alt="{esc(s.title)}"></p>'
    if img.printed:
        out += f'<p style="text-align: center;"><em><span style="font-size: 14px; color: rgb(84, 84, 84);">{_vn(s, img.printed)}</span></em></p>'
    return out


def _emoji(ch: str) -> str:
    return (
        f'<img height="16" width="16" alt="{ch}" referrerpolicy="origin-when-cross-origin" '
        f'src="{FB}/{EMOJI[ch]}.png" class="x16dsc37 emoji">'
    )


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(s, b))
        elif b.style in ("li", "th", "tr", "quote"):
            kind = "tr" if b.style in ("th", "tr") else b.style
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and (
                blocks[i].style == b.style or (kind == "tr" and blocks[i].style in ("th", "tr"))
            ):
                group.append(blocks[i])
                i += 1
            i -= 1
            if kind == "li":
                items = "".join(f"<li>{_vn(s, p.text)}</li>" for p in group)
                out.append(f'<ul style="list-style-type: disc;">{items}</ul>')
            elif kind == "quote":
                lines = "<br>".join(_vn(s, p.text) for p in group)
                out.append(f'<blockquote><p style="text-align: center;"><em>{lines}</em></p></blockquote>')
            else:
                rows = []
                for p in group:
                    cells = p.text.split(" | ")
                    if p.style == "th":
                        tds = "".join(f'<td style="text-align: center; background-color: rgb(239, 239, 239);"><strong>{_vn(s, c)}</strong></td>' for c in cells)
                    else:
                        tds = "".join(f'<td style="width: 33.3333%;">{_vn(s, c)}<br></td>' for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                out.append(f'<table style="width: 100%;" class="fr-table-bordered"><tbody>{"".join(rows)}</tbody></table>')
        elif b.style == "br":
            assert out and out[-1].endswith("</p>")
            out[-1] = out[-1][: -len("</p>")] + f"<br>{_vn(s, b.text)}</p>"
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_vn(s, b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f'<h4><strong><span style="color: rgb(226, 80, 65);">{_vn(s, b.text)}</span></strong></h4>')
        elif b.style.startswith("emoji:"):
            out.append(f"<p>{_emoji(b.style[6:])}&nbsp;{_vn(s, b.text)}</p>")
        elif b.style == "mso":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 36pt; text-indent: -18pt; line-height: 150%;">'
                '<span lang="VI" style="font-size: 13pt; line-height: 150%;"><span style="mso-list:Ignore">-'
                '<span style="font: 7pt &quot;Times New Roman&quot;;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span>'
                f'</span></span><span lang="VI" style="font-size: 13pt;">{_vn(s, b.text)}</span></p>'
            )
        elif b.style == "indent":
            out.append(f'<p style="text-indent: 36px; text-align: justify;">{_vn(s, b.text)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{_vn(s, b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------


def _head(req: Request, title: str, desc: str, canonical: str, extra: str = "", og_type: str = "website") -> str:
    base = base_url(req)
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="description" content="{esc(desc)}">
<meta name="keywords" content="mầm non Hoa Hồng, ban đại diện cha mẹ trẻ, Hạc Thành, Thanh Hóa">
<link rel="canonical" href="{base}{canonical}">
<meta property="og:type" content="{og_type}">
<meta property="og:site_name" content="{esc(SITE_NAME)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{base}{canonical}">
<link rel="icon" type="image/png" href="{UP}/fav_64f1c2a9e7d3b.png">
<link rel="apple-touch-icon" href="{UP}/fav_64f1c2a9e7d3b.png">
<link rel="stylesheet" href="/files/css/s123-bootstrap.min.css?v=20261128">
<link rel="stylesheet" href="/files/css/website.css?w={SITE_ID}&amp;v=412">
<script>
var websiteID = '{SITE_ID}'; var websiteLanguageCode = 'vi'; var isSinglePage = false;
var s123UserID = '3318842'; var s123ThemeID = '1191'; var s123fastInnerPage = true;
</script>
{extra}
</head>
"""


def _nav(active: str) -> str:
    def li(href: str, label: str, key: str) -> str:
        cls = "moduleMenu active" if key == active else "moduleMenu"
        return f'<li class="{cls}"><a href="{href}" class="s123-fast-page-load">{label}</a></li>'

    cats = "".join(f'<li><a href="/blog?category={k}">{esc(v)}</a></li>' for k, v in CATS.items())
    blog_cls = "moduleMenu dropdown active" if active == "blog" else "moduleMenu dropdown"
    return f"""<div id="s123TopBar" class="s123-custom-code" style="background:#f48fb1;color:#fff;font-size:13px;padding:4px 15px;">
<!-- Ma tuy chinh (BĐD) -->
<span id="ngayHomNay"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span> &nbsp;|&nbsp;
<span>Hotline BĐD: 0912 468 135</span> &nbsp;|&nbsp;
<a href="https://zalo.me/g/mnhoahongcmt" target="_blank" rel="noopener" style="color:#fff;">Nhóm Zalo phụ huynh</a>
<script>/* hien thi thu, ngay */ (function(){{var t=['Chủ Nhật','Thứ Hai','Thứ Ba','Thứ Tư','Thứ Năm','Thứ Sáu','Thứ Bảy'];}})();</script>
</div>
<nav id="mainNav" class="navbar navbar-default navbar-fixed-top s123-menu-top menuLayout2" role="navigation" data-menu-style="2">
<div class="container-fluid">
<div class="navbar-header">
<button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#navbarsMenuRight"><span class="sr-only">Menu</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
<a class="navbar-brand" href="/"><img src="{UP}/logo_64f1c2a9e7d3b.png" alt="Logo Trường Mầm non Hoa Hồng" class="s123-logo" style="max-height:46px;"><span class="website-name">{esc(SITE_NAME)}</span></a>
</div>
<div class="collapse navbar-collapse" id="navbarsMenuRight">
<ul class="nav navbar-nav navbar-right" id="s123MainMenu">
{li("/", "Trang chủ", "home")}
{li("/gioi-thieu", "Giới thiệu", "gioi-thieu")}
{li("/ban-dai-dien", "Ban đại diện", "ban-dai-dien")}
<li class="{blog_cls}"><a href="/blog" class="dropdown-toggle s123-fast-page-load" data-toggle="dropdown">Tin tức - Hoạt động <span class="caret"></span></a>
<ul class="dropdown-menu"><li><a href="/blog">Tất cả bài viết</a></li>{cats}</ul></li>
{li("/thu-vien-anh", "Thư viện ảnh", "thu-vien-anh")}
<li class="moduleMenu dropdown s123-menu-more"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Thêm <span class="caret"></span></a>
<ul class="dropdown-menu dropdown-menu-right">
<li><a href="/video">Video</a></li>
<li><a href="/thuc-don">Thực đơn tuần</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></li>
</ul>
</div>
</div>
</nav>
"""


FOOTER = f"""<footer class="global_footer footer_2 s123-module" id="s123Footer">
<div class="container"><div class="row">
<div class="col-xs-12 col-sm-4"><h4 class="footer-title">Ban đại diện cha mẹ trẻ</h4>
<p>Trường Mầm non Hoa Hồng<br>Số 18 Trường Thi, phường Hạc Thành, tỉnh Thanh Hóa</p></div>
<div class="col-xs-12 col-sm-4"><h4 class="footer-title">Liên hệ</h4>
<p>Văn phòng trường: 0237 3852 146<br>Hotline BĐD: 0912 468 135<br>
Email: <a href="mailto:bddcmt.mnhoahong@gmail.com">bddcmt.mnhoahong@gmail.com</a></p>
<p><a href="https://www.facebook.com/bddcmt.mnhoahong" target="_blank" rel="noopener"><i class="fa fa-facebook-square"></i></a>
<a href="https://www.youtube.com/@mnhoahong-thanhhoa" target="_blank" rel="noopener"><i class="fa fa-youtube-play"></i></a></p></div>
<div class="col-xs-12 col-sm-4"><div class="s123-custom-code" id="tkTruyCap">
<!-- bo dem truy cap -->
<table style="width:100%;font-size:13px;" cellpadding="2"><tbody>
<tr><td><img src="/files/images/online.gif" width="10" height="10" alt=""> Đang online:</td><td style="text-align:right;"><b>7</b></td></tr>
<tr><td>Hôm nay:</td><td style="text-align:right;"><b>215</b></td></tr>
<tr><td>Tháng này:</td><td style="text-align:right;"><b>1.184</b></td></tr>
<tr><td>Tổng truy cập:</td><td style="text-align:right;"><b>48.312</b></td></tr>
</tbody></table></div></div>
</div>
<div class="row"><div class="col-xs-12 text-center s123-copyright">
<p>© 2026 Ban đại diện cha mẹ trẻ Trường Mầm non Hoa Hồng. Trang thông tin do phụ huynh xây dựng, không phải cổng thông tin chính thức của nhà trường.</p>
<p class="s123-powered-by"><a href="https://www.site123.com/?utm_source=promotion&amp;utm_medium=link&amp;utm_campaign={SITE_ID}" target="_blank" rel="nofollow noopener">Tạo trang web với SITE123</a></p>
</div></div>
</div>
</footer>
<div id="s123CookieNotice" class="s123-cookie-notice" style="display:none;">Trang web này sử dụng cookie để cải thiện trải nghiệm của bạn. <button type="button" class="btn btn-primary btn-xs">Đồng ý</button></div>
<a href="#" id="s123GoTop" class="s123-go-top"><i class="fa fa-angle-up"></i></a>
<script src="/files/js/s123-jquery.min.js?v=412"></script>
<script src="/files/js/s123-website.min.js?v=412"></script>
</body>
</html>
"""


def _page(req: Request, title: str, desc: str, canonical: str, active: str, main: str, body_cls: str, extra_head: str = "", og_type: str = "website") -> Response:
    doc = (
        _head(req, title, desc, canonical, extra_head, og_type)
        + f'<body class="s123-body {body_cls}" data-website-id="{SITE_ID}">\n'
        + _nav(active)
        + f'<div id="s123PjaxMainContainer">\n{main}\n</div>\n'
        + FOOTER
    )
    return html(doc)


def _sidebar() -> str:
    latest = "".join(
        f'<li class="sb-item"><a href="{old_form(s)}"><img src="{UP}/100_{s.opts["thumb"][4:]}" alt="" class="sb-thumb"></a>'
        f'<div class="sb-text"><a href="{old_form(s)}">{esc(s.title)}</a><small>{_posted(s):%d/%m/%Y}</small></div></li>'
        for s in STORIES[:5]
    )
    most = "".join(
        f'<li><a href="{canon(BY_ID[i])}">{esc(BY_ID[i].title)}</a> <span class="badge">{BY_ID[i].views()}</span></li>'
        for i in MOST_READ
    )
    counts = {k: sum(1 for s in STORIES if _cat_id(s) == k) for k in CATS}
    cats = "".join(f'<li><a href="/blog?category={k}">{esc(v)} <span>({counts[k]})</span></a></li>' for k, v in CATS.items())
    return f"""<aside class="col-xs-12 col-md-4 s123-blog-sidebar">
<div class="sb-box" id="sbLatest"><h4 class="sb-title">Bài viết mới nhất</h4><ul class="list-unstyled">{latest}</ul></div>
<div class="sb-box" id="sbMostRead"><h4 class="sb-title">Xem nhiều nhất</h4><ol>{most}</ol></div>
<div class="sb-box" id="sbCats"><h4 class="sb-title">Danh mục</h4><ul class="list-unstyled">{cats}</ul></div>
<div class="sb-box s123-custom-code" id="sbPoll"><h4 class="sb-title">Bình chọn</h4>
<form onsubmit="return false;" class="bc-form"><p>Quý phụ huynh đánh giá thế nào về thực đơn bán trú tháng 11?</p>
<label><input type="radio" name="bc" value="1"> Rất hài lòng</label><br>
<label><input type="radio" name="bc" value="2"> Hài lòng</label><br>
<label><input type="radio" name="bc" value="3"> Cần cải thiện thêm</label><br>
<button type="button" class="btn btn-primary btn-xs">Bình chọn</button> <a href="javascript:;" class="bc-kq">Xem kết quả</a></form></div>
<div class="sb-box" id="sbFacebook"><h4 class="sb-title">Facebook</h4>
<div class="fb-page" data-href="https://www.facebook.com/bddcmt.mnhoahong" data-tabs="timeline" data-height="300"></div></div>
</aside>"""


# --- pages -------------------------------------------------------------------------------------


def post_page(req: Request, s: Story) -> Response:
    cat = CATS[_cat_id(s)]
    meta_parts = []
    if s.opts.get("updated"):
        meta_parts.append(f'<span class="bpi-upd"><i class="fa fa-refresh"></i> Cập nhật: {s.opts["updated"]}</span>')
    meta_parts.append(f'<span class="bpi-date" title="Ngày đăng"><i class="fa fa-calendar"></i> {_posted(s):%d/%m/%Y %H:%M}</span>')
    meta_parts.append(f'<span class="bpi-cat"><i class="fa fa-folder-open-o"></i> <a href="/blog?category={s.cat}">{esc(cat)}</a></span>')
    meta_parts.append(f'<span class="bpi-by"><i class="fa fa-user"></i> {ACCOUNT}</span>')
    meta_parts.append(f'<span class="bpi-views"><i class="fa fa-eye"></i> {s.views()}</span>')
    meta = '<span class="bpi-dot"> • </span>'.join(meta_parts)
    short = ""
    if s.sapo_outside and s.summary:
        short = f'<div class="bpi-shortdesc"><p>{_vn(s, s.summary)}</p></div>'
    related = [r for r in STORIES if r.cat == s.cat and r.id != s.id][:3]
    rel_html = "".join(
        f'<div class="col-xs-12 col-sm-4 rel-item"><a href="{canon(r)}"><div class="rel-img" style="background-image:url(\'{UP}/{r.opts["thumb"]}\');"></div></a>'
        f'<h5><a href="{canon(r)}">{esc(r.title)}</a></h5><p class="rel-desc">{esc(_excerpt(r, 90))}</p></div>'
        for r in related
    )
    comments = COMMENTS.get(s.id, [])
    com_html = "".join(
        f'<div class="cmt-item"><div class="cmt-ava"><i class="fa fa-user-circle"></i></div><div class="cmt-body">'
        f'<b class="cmt-name">{esc(n)}</b> <small class="cmt-date">{d}</small><p>{esc(t)}</p>'
        f'<a href="javascript:;" class="cmt-reply">Trả lời</a></div></div>'
        for n, d, t in comments
    )
    base = base_url(req)
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "mainEntityOfPage": base + canon(s),
        "headline": s.title,
        "image": [base + f"{UP}/{s.opts['thumb']}"],
        "datePublished": _utc_iso(s),
        "dateModified": _utc_iso(s),
        "author": {"@type": "Person", "name": ACCOUNT},
        "publisher": {"@type": "Organization", "name": SITE_NAME},
    }
    extra = (
        f'<meta property="og:image" content="{base}{UP}/{s.opts["thumb"]}">\n'
        f'<meta property="article:published_time" content="{_utc_iso(s)}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )
    share_url = base + canon(s)
    main = f"""<section id="section-64b2c1f0a7d13" class="s123-module s123-module-blog s123-page-data layout-3 s123-blog-item-page" data-module-id="64b2c1f0a7d13" data-module-type-num="7" data-item-id="{s.id}">
<div class="container">
<ol class="breadcrumb s123-bc"><li><a href="/">Trang chủ</a></li><li><a href="/blog">Tin tức</a></li><li class="active"><a href="/blog?category={s.cat}">{esc(cat)}</a></li></ol>
<div class="row">
<div class="col-xs-12 col-md-8 bpi-main" id="bpi_{s.id}">
<h1 class="blog-post-title s123-page-header">{esc(s.title)}</h1>
<div class="bpi-meta text-muted">{meta}</div>
{short}
<div class="blog-post-content fr-view s123-text" id="blogContent_{s.id}">
{render_body(s)}
</div>
<div class="bpi-share s123-share-bar"><span>Chia sẻ:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank" rel="noopener" class="sh-fb"><i class="fa fa-facebook"></i></a>
<a href="https://sp.zalo.me/share_inline?d={esc(share_url)}" target="_blank" rel="noopener" class="sh-zalo"><img src="/files/images/zalo-icon.png" width="20" height="20" alt="Zalo"></a>
<a href="javascript:window.print();" class="sh-print"><i class="fa fa-print"></i> In bài</a>
<a href="javascript:;" class="sh-copy" data-clipboard-text="{esc(share_url)}"><i class="fa fa-link"></i> Sao chép liên kết</a></div>
<div class="bpi-related"><h3 class="bpi-h">Bài viết liên quan</h3><div class="row">{rel_html}</div></div>
<div class="bpi-comments" id="s123Comments"><h3 class="bpi-h">Bình luận ({len(comments)})</h3>{com_html}
<form class="s123-comment-form" onsubmit="return false;"><input type="text" name="name" placeholder="Tên của bạn"><textarea name="msg" placeholder="Viết bình luận..."></textarea>
<button type="button" class="btn btn-primary">Gửi bình luận</button></form></div>
</div>
{_sidebar()}
</div>
</div>
</section>"""
    return _page(req, f"{s.title} | {SITE_NAME}", _excerpt(s), canon(s), "blog", main, "s123-blog-item", extra, "article")


def _date_box(s: Story) -> str:
    d = _posted(s)
    return f'<div class="blog-date-box"><span class="bd-d">{d:%d}</span><span class="bd-m">{_MONTHS[d.month - 1]}</span></div>'


def blog_list(req: Request) -> Response | None:
    params = req.params
    if set(params) - {"page", "category"}:
        return None
    try:
        page = int(params.get("page", "1"))
        cat = int(params["category"]) if "category" in params else None
    except ValueError:
        return None
    if cat is not None and cat not in CATS:
        return None
    items = [s for s in STORIES if cat is None or _cat_id(s) == cat]
    pages = max(1, -(-len(items) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    shown = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    qs = f"category={cat}&" if cat else ""
    cards = "".join(
        f"""<div class="col-xs-12 col-sm-6 col-md-4 blog-item s123-item" data-item-id="{s.id}" data-category="{s.cat}">
<a class="blog-item-link" href="{canon(s)}"><div class="blog-image" style="background-image:url('{UP}/{s.opts['thumb']}');"></div></a>
<div class="blog-item-text">{_date_box(s)}
<h4 class="blog-title"><a href="{canon(s)}">{esc(s.title)}</a></h4>
<div class="blog-category">{esc(CATS[_cat_id(s)])}</div>
<p class="blog-desc">{esc(_excerpt(s))}</p>
<a class="btn btn-primary btn-sm" href="{canon(s)}">Đọc tiếp</a></div></div>"""
        for s in shown
    )
    nums = "".join(
        f'<li class="{"active" if n == page else ""}"><a href="javascript:;" data-page="{n}">{n}</a></li>' for n in range(1, pages + 1)
    )
    prev = (
        f'<li><a href="/blog?{qs}page={page - 1}" rel="prev">« Trang trước</a></li>'
        if page > 1
        else '<li class="disabled"><span>« Trang trước</span></li>'
    )
    nxt = (
        f'<li><a href="/blog?{qs}page={page + 1}" rel="next">Trang sau »</a></li>'
        if page < pages
        else '<li class="disabled"><span>Trang sau »</span></li>'
    )
    filters = f'<a class="btn btn-{"primary" if cat is None else "default"} btn-sm" href="/blog">Tất cả</a>' + "".join(
        f' <a class="btn btn-{"primary" if k == cat else "default"} btn-sm" href="/blog?category={k}">{esc(v)}</a>' for k, v in CATS.items()
    )
    heading = "Tin tức - Hoạt động" + (f": {CATS[cat]}" if cat else "")
    main = f"""<section id="section-64b2c1f0a7d13" class="s123-module s123-module-blog s123-page-data layout-3" data-module-id="64b2c1f0a7d13" data-module-type-num="7">
<div class="container-fluid page_header_style noBackground"><div class="row"><div class="container moduleTitleContainer"><div class="row modulesTitle text-center"><div class="col-xs-12">
<div class="page-header-wrap"><h1 id="section-64b2c1f0a7d13-title" class="s123-page-header">{esc(heading)}</h1></div>
<div class="page-slogan-wrap"><h4 id="section-64b2c1f0a7d13-slogan" class="s123-page-slogan">Hoạt động của bé và thông tin từ Ban đại diện cha mẹ trẻ</h4></div>
</div></div></div></div></div>
<div class="container">
<div class="blog-categories-filter text-center">{filters}</div>
<div class="row s123-blog-items" id="blogItems">{cards}</div>
<div class="s123-pagination text-center"><ul class="pagination">{prev}{nums}{nxt}</ul></div>
</div>
</section>"""
    title = heading + (f" - Trang {page}" if page > 1 else "")
    canonical = "/blog" + (f"?{qs}page={page}" if page > 1 else (f"?category={cat}" if cat else ""))
    return _page(req, f"{title} | {SITE_NAME}", "Tin tức, hoạt động của bé và thông báo của Ban đại diện cha mẹ trẻ Trường Mầm non Hoa Hồng.", canonical, "blog", main, "s123-blog-list")


def _section(mid: str, kind: str, type_num: int, title: str, slogan: str, inner: str, layout: int = 1, tag: str = "h2") -> str:
    return f"""<section id="section-{mid}" class="s123-module s123-module-{kind} layout-{layout}" data-module-id="{mid}" data-module-type-num="{type_num}">
<div class="container-fluid page_header_style noBackground"><div class="row"><div class="container moduleTitleContainer"><div class="row modulesTitle text-center"><div class="col-xs-12">
<div class="page-header-wrap"><{tag} id="section-{mid}-title" class="s123-page-header">{title}</{tag}></div>
<div class="page-slogan-wrap"><h4 id="section-{mid}-slogan" class="s123-page-slogan">{slogan}</h4></div>
</div></div></div></div></div>
<div class="container">{inner}</div>
</section>"""


ABOUT = """<p>Trường Mầm non Hoa Hồng được thành lập năm 1978, hiện có 12 nhóm, lớp với 352 trẻ từ 18 tháng đến 6 tuổi và 36 cán bộ, giáo viên, nhân viên. Nhà trường đạt chuẩn Quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<p>Ban đại diện cha mẹ trẻ được thành lập theo Điều lệ Ban đại diện cha mẹ học sinh, có nhiệm vụ phối hợp với nhà trường trong việc chăm sóc, nuôi dưỡng, giáo dục trẻ và tổ chức các hoạt động vui chơi, trải nghiệm cho các bé.</p>"""

TEAM = [
    ("Phạm Quang Huy", "Trưởng ban", "Phụ huynh lớp Lá 2"),
    ("Đào Thị Mai", "Phó Trưởng ban", "Phụ huynh lớp Chồi 1"),
    ("Nguyễn Thị Ngọc Ánh", "Thư ký", "Phụ huynh lớp Mầm 2"),
    ("Lê Thị Hoa", "Thành viên", "Phụ huynh lớp Chồi 3"),
    ("Nguyễn Văn Tú", "Thành viên", "Phụ huynh lớp Lá 1"),
    ("Hoàng Thị Phương", "Thành viên", "Phụ huynh lớp Nhà trẻ 1"),
    ("Trịnh Minh Đức", "Thành viên", "Phụ huynh lớp Mầm 1"),
]
GALLERY = ["5f3a0c11e8b42", "5f3a0c12a0d91", "5f3a0c1330f6e", "5f3a0c13c2a07", "5f3a0c1458b1c", "5f3a0c14e77d3"]
VIDEOS = [
    ("Các bé lớp Lá 2 múa “Em yêu trường em”", "k9Xq2PzL0aE"),
    ("Hội thi Bé khỏe – Bé ngoan năm học 2026 - 2027", "Vt3mR7bYq1c"),
    ("Chúc mừng Ngày Nhà giáo Việt Nam 20/11", "p0Lw8sNd5Gk"),
]
MENU_ROWS = [
    ("Thứ Hai", "Cháo thịt bằm, sữa", "Cơm, thịt gà rim nấm, canh bí đỏ", "Bánh flan"),
    ("Thứ Ba", "Bún bò, sữa chua", "Cơm, cá thu sốt cà chua, canh rau ngót", "Chè đậu xanh"),
    ("Thứ Tư", "Mì nấu thịt, sữa", "Cơm, trứng đúc thịt, canh cải nấu tôm", "Chuối tiêu"),
    ("Thứ Năm", "Phở gà, sữa", "Cơm, thịt bò xào hành tây, canh bầu", "Sữa chua"),
    ("Thứ Sáu", "Cháo tôm bí đỏ, sữa", "Cơm, đậu phụ sốt thịt, canh mồng tơi", "Thanh long"),
]


def home(req: Request) -> Response:
    cards = "".join(
        f"""<div class="col-xs-12 col-sm-6 col-md-3 blog-item" onclick="window.location.href='{old_form(s)}';" style="cursor:pointer;">
<div class="blog-image" style="background-image:url('{UP}/{s.opts['thumb']}');"></div>
<div class="blog-item-text"><small class="blog-date">{_posted(s):%d/%m/%Y}</small>
<h4 class="blog-title"><a href="{old_form(s)}">{esc(s.title)}</a></h4>
<p class="blog-desc">{esc(_excerpt(s, 100))}</p></div></div>"""
        for s in STORIES[:4]
    )
    gallery = "".join(
        f'<div class="col-xs-6 col-sm-4 gallery-item"><a href="{UP}/2000_{g}.jpg" data-fancybox="gallery"><img src="{UP}/400_{g}.jpg" alt="" class="img-responsive"></a></div>'
        for g in GALLERY
    )
    team = "".join(
        f'<div class="col-xs-6 col-sm-3 team-item text-center"><div class="team-img" style="background-image:url(\'{UP}/200_team{i}.jpg\');"></div><h4>{esc(n)}</h4><p>{esc(r)}</p></div>'
        for i, (n, r, _c) in enumerate(TEAM[:4])
    )
    main = f"""<section id="section-64a0f1b2c3d41" class="s123-module s123-module-home layout-4" data-module-id="64a0f1b2c3d41" data-module-type-num="1" style="background-image:url('{UP}/2000_64a0f2e7c1b9a.jpg');">
<div class="container text-center home-content">
<h1 class="s123-page-header home-title">Chào mừng quý phụ huynh đến với trang thông tin của Ban đại diện cha mẹ trẻ</h1>
<h2 class="home-slogan">Trường Mầm non Hoa Hồng – Yêu thương · An toàn · Hạnh phúc</h2>
<a href="/gioi-thieu" class="btn btn-primary btn-lg s123-fast-page-load">Tìm hiểu thêm</a>
</div>
</section>
{_section("64a0f1b2c3d42", "about", 2, "Giới thiệu", "Ngôi nhà thứ hai của bé", ABOUT + '<p class="text-center"><a href="/gioi-thieu" class="btn btn-primary">Xem thêm</a></p>', 2)}
{_section("64a0f1b2c3d43", "text", 30, "Thông báo nhanh", "Cập nhật ngày 02/12/2026", '''<div class="s123-text fr-view">
<p><strong>Lịch nghỉ Tết Dương lịch 2027</strong></p>
<p>Thực hiện hướng dẫn của Phòng Văn hóa - Xã hội phường, trẻ được nghỉ học Tết Dương lịch vào Thứ Sáu, ngày 01/01/2027 và đi học lại bình thường từ Thứ Hai, ngày 04/01/2027.</p>
<p>Phụ huynh có nhu cầu gửi trẻ trong những ngày nghỉ vui lòng đăng ký với giáo viên chủ nhiệm trước ngày 25/12/2026 để nhà trường bố trí giáo viên trực.</p>
<p style="text-align:right;"><em>Ban đại diện cha mẹ trẻ</em></p></div>''')}
{_section("64b2c1f0a7d13", "blog", 7, "Tin tức - Hoạt động", "Những câu chuyện mới nhất từ các lớp", f'<div class="row s123-blog-items">{cards}</div><p class="text-center"><a href="/blog" class="btn btn-primary s123-fast-page-load">Xem tất cả bài viết</a></p>')}
{_section("64a0f1b2c3d45", "team", 11, "Ban đại diện cha mẹ trẻ", "Năm học 2026 - 2027", f'<div class="row">{team}</div><p class="text-center"><a href="/ban-dai-dien" class="btn btn-primary">Xem danh sách đầy đủ</a></p>')}
{_section("64a0f1b2c3d46", "gallery", 9, "Thư viện ảnh", "Khoảnh khắc của bé", f'<div class="row">{gallery}</div><p class="text-center"><a href="/thu-vien-anh" class="btn btn-primary">Xem thêm ảnh</a></p>')}
{_section("64a0f1b2c3d47", "video", 36, "Video", "Bé tài năng", f'<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{VIDEOS[0][1]}" allowfullscreen></iframe></div><p class="text-center"><a href="/video" class="btn btn-primary">Xem tất cả video</a></p>')}
{_section("64a0f1b2c3d48", "text", 30, "Thực đơn tuần", "Tuần 1 tháng 12/2026", '<p class="text-center">Thực đơn bán trú được cập nhật vào sáng thứ Hai hằng tuần. <a href="/thuc-don">Xem thực đơn</a></p>')}
{_section("64a0f1b2c3d49", "contact", 5, "Liên hệ", "Gửi ý kiến cho Ban đại diện", _contact_form(), 3)}"""
    return _page(req, SITE_NAME, "Trang thông tin của Ban đại diện cha mẹ trẻ Trường Mầm non Hoa Hồng, phường Hạc Thành, tỉnh Thanh Hóa.", "/", "home", main, "s123-home-page")


def _contact_form() -> str:
    return """<div class="row"><div class="col-xs-12 col-md-6">
<p><i class="fa fa-map-marker"></i> Số 18 Trường Thi, phường Hạc Thành, tỉnh Thanh Hóa<br><i class="fa fa-phone"></i> 0912 468 135<br><i class="fa fa-envelope"></i> bddcmt.mnhoahong@gmail.com</p></div>
<div class="col-xs-12 col-md-6"><form class="contact-form s123-contact-form" method="post" action="/versions/2/wizard/modules/contact/send.php">
<input type="hidden" name="w" value="5849213"><input type="text" class="form-control" name="contact_name" placeholder="Họ tên phụ huynh">
<input type="text" class="form-control" name="contact_phone" placeholder="Số điện thoại"><textarea class="form-control" name="contact_message" placeholder="Nội dung ý kiến"></textarea>
<button type="submit" class="btn btn-primary">Gửi</button></form></div></div>"""


def module_page(req: Request, slug: str) -> Response:
    if slug == "gioi-thieu":
        title, inner = "Giới thiệu", ABOUT + f'''<p><img src="{UP}/2000_64a0f3a1b2c4d.jpg" class="img-responsive" alt="Toàn cảnh Trường Mầm non Hoa Hồng"></p>
<p>Trang thông tin này do Ban đại diện cha mẹ trẻ xây dựng nhằm chia sẻ hoạt động của các lớp, thông báo của Ban đại diện và những kinh nghiệm chăm sóc, giáo dục trẻ giữa các gia đình. Mọi thông tin chính thức về tuyển sinh, các khoản thu và kế hoạch năm học, phụ huynh vui lòng xem tại bảng tin của nhà trường.</p>'''
    elif slug == "ban-dai-dien":
        rows = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(r)}</td><td>{esc(c)}</td></tr>" for i, (n, r, c) in enumerate(TEAM, 1))
        title, inner = "Ban đại diện cha mẹ trẻ năm học 2026 - 2027", f'<table class="table table-bordered"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Ghi chú</th></tr></thead><tbody>{rows}</tbody></table>'
    elif slug == "thu-vien-anh":
        imgs = "".join(f'<div class="col-xs-6 col-sm-3 gallery-item"><a href="{UP}/2000_{g}.jpg"><img src="{UP}/400_{g}.jpg" alt="" class="img-responsive"></a></div>' for g in GALLERY)
        title, inner = "Thư viện ảnh", f'<div class="gallery-albums"><h3>Album: Hội thi Bé khỏe – Bé ngoan</h3><div class="row">{imgs}</div></div>'
    elif slug == "video":
        vids = "".join(f'<div class="col-xs-12 col-sm-4 video-item"><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/{v}" allowfullscreen></iframe></div><h4>{esc(t)}</h4></div>' for t, v in VIDEOS)
        title, inner = "Video", f'<div class="row">{vids}</div>'
    elif slug == "thuc-don":
        rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in MENU_ROWS)
        title, inner = "Thực đơn tuần 1 tháng 12/2026", f'<p>Áp dụng từ ngày 30/11/2026 đến ngày 04/12/2026 (trẻ mẫu giáo).</p><table class="table table-striped"><thead><tr><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th><th>Bữa chiều</th></tr></thead><tbody>{rows}</tbody></table>'
    else:  # lien-he
        title, inner = "Liên hệ", _contact_form() + '<div class="s123-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3752.9!2d105.77!3d19.80" width="100%" height="300" style="border:0;"></iframe></div>'
    mid, kind, num = MODULE_IDS[slug]
    main = _section(mid, kind, num, esc(title), esc(SITE_NAME), inner, tag="h1")
    return _page(req, f"{title} | {SITE_NAME}", f"{title} - Ban đại diện cha mẹ trẻ Trường Mầm non Hoa Hồng.", f"/{slug}", slug, main, f"s123-inner-page page-{slug}")


MODULE_IDS = {
    "gioi-thieu": ("64a0f1b2c3d42", "about", 2),
    "ban-dai-dien": ("64a0f1b2c3d45", "team", 11),
    "thu-vien-anh": ("64a0f1b2c3d46", "gallery", 9),
    "video": ("64a0f1b2c3d47", "video", 36),
    "thuc-don": ("64a0f1b2c3d48", "text", 30),
    "lien-he": ("64a0f1b2c3d49", "contact", 5),
}
MODULE_PAGES = ("gioi-thieu", "ban-dai-dien", "thu-vien-anh", "video", "thuc-don", "lien-he")
_NEW = re.compile(r"^/blog/([a-z0-9-]+)-(\d+)$")
_OLD = re.compile(r"^/blog/(\d+)/([a-z0-9-]+)$")


class Site123Mamnon:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method == "POST":
            if path == "/versions/2/wizard/modules/contact/send.php":
                return Response(200, b'{"status":"ok"}', {"Content-Type": "application/json"})
            return None
        if path == "/":
            return home(req)
        if path == "/blog":
            return blog_list(req)
        m = _NEW.match(path)
        if m:
            s = BY_ID.get(int(m.group(2)))
            if s is None:
                return None
            if m.group(1) in (s.slug, s.opts.get("old_slug")):
                return post_page(req, s)
            return redirect(canon(s), 301)
        m = _OLD.match(path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            if s is None:
                return None
            if m.group(2) == s.slug:
                return post_page(req, s)
            return redirect(canon(s), 301)
        if path.strip("/") in MODULE_PAGES and path == "/" + path.strip("/"):
            return module_page(req, path.strip("/"))
        if path.startswith(f"{UP}/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/uploads/", "/files/")):
            return static_file(path)
        return None


def build_site() -> Site123Mamnon:
    return Site123Mamnon()


GOLD = [gold_record(s, canon(s), CATS[_cat_id(s)], canonical_path=canon(s), alt_paths=alt_paths(s)) for s in STORIES]

NON_ARTICLES = ["/gioi-thieu", "/ban-dai-dien", "/thu-vien-anh", "/video", "/thuc-don", "/lien-he"]
