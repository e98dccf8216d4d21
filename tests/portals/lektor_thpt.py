"""Trường THPT chuyên Lê Quý Đôn, tỉnh Quảng Trị: a Lektor 3 site with lektor-tags, static hosting.

Platform
--------
Lektor 3 builds the whole site to flat files (``<page>/index.html`` folders) from ``.lr`` content
files; a hand-made theme (Vietnamese-abbreviated class names: ``khung``, ``dau-trang``,
``bv-ct`` = bài viết chi tiết, ``nd-bv`` = nội dung bài viết, ``tt-bv`` = thông tin bài viết,
``cot-phai`` …) renders them; the lektor-tags plugin writes one page per tag; the output is
published to a plain static host (nginx-like: a folder asked without its slash answers 301 to the
slash form, ``…/index.html`` answers the same page as the folder).

URL scheme
----------
- ``/`` home: a "Tin nổi bật" slider (4 newest posts), "Tin mới" list, intro excerpt.
- ``/tin-tuc/``, ``/tin-tuc/page/2/``, ``/tin-tuc/page/3/``: the blog, 5 posts a page, newest first;
  the pager prints only "« Mới hơn" / "Cũ hơn »" (Lektor's pagination ``prev``/``next``).
- ``/tin-tuc/<slug>/``: a post (model ``bai-viet``), with its attachments (photos, PDF) in the same
  folder: ``/tin-tuc/<slug>/anh-1.jpg``; ``/tin-tuc/<slug>/index.html`` is the same file.
- ``/tin-tuc/tag/`` (tag cloud) and ``/tin-tuc/tag/<tag>/`` (lektor-tags, tag printed raw:
  ``/tin-tuc/tag/học sinh giỏi/``), not paginated.
- ``/gioi-thieu/``, ``/gioi-thieu/co-cau-to-chuc/``, ``/lien-he/``, ``/van-ban/`` and
  ``/van-ban/<slug>/`` (document entries), ``/tin-tuc/feed.xml`` (lektor-atom).
- Files in ``/static/`` (theme css/js, logo, uploads, emoji pictures, PDFs).

Page templates
--------------
- ``layout.html``: header (logo, school name, build date "Thứ Bảy, 05/12/2026"), menu with
  drop-downs (Tin tức → tag pages), right column (tag cloud, "Bài viết được quan tâm",
  "Danh ngôn" quote box, visitor counter widget, a Google-Forms poll, links), footer.
- ``bai-viet.html``: breadcrumb "Trang chủ › Tin tức › <chuyên mục>" (the category is a select
  field printed as plain text), ``h1.td-bv``, the meta line ``div.tt-bv`` (date, "Đăng bởi:"
  CMS account, sometimes "Cập nhật:"), optional ``div.tom-tat`` (the ``tom_tat`` field), the body
  ``div.nd-bv`` (markdown or flow blocks), tags, share/print tools, "Các tin mới" (the four newest
  other posts, with excerpts; no previous/next links).
- ``tag.html`` (lektor-tags), ``blog.html`` (listing), ``trang.html`` (plain pages),
  ``album.html`` (a blog post of model ``album``: photos only), ``van-ban.html``.

How each gold article is reached
--------------------------------
- The four newest posts: page 1 of the blog (which also holds the album post) and the home
  slider (no-slash links).
- ``huong-ung-ngay-phap-luat-2026``, ``hoc-sinh-dat-52-giai-hsg-cap-tinh``,
  ``chung-tay-ho-tro-hoc-sinh-vung-lu``, ``ke-hoach-kiem-tra-giua-hoc-ky-i``,
  ``toa-dam-huong-nghiep-…``: page 2 of the blog (most also on tag pages, the first two on the
  home "Tin mới" list; ``chung-tay-ho-tro-hoc-sinh-vung-lu`` has no tag).
- ``ngay-hoi-stem-lan-thu-iii``, ``chuyen-de-doc-hieu-van-ban-nghi-luan``,
  ``hoi-nghi-cbvc-nam-hoc-2026-2027``, ``hoc-sinh-lop-10-trai-nghiem-tai-thanh-co``: page 3,
  reached only from page 2's "Cũ hơn »" or a tag page (``hoi-nghi-cbvc…`` has no tag and no other
  link: "Các tin mới" lists only the four newest posts).

Traps
-----
1. Static-host slash rules: the home slider links ``/tin-tuc/<slug>`` (no slash), which answers
   301 to ``/tin-tuc/<slug>/``; lektor-tags' template links ``/tin-tuc/<slug>/index.html``, which
   answers 200 with the same page. Gold: path ``/tin-tuc/<slug>/`` (the page's canonical),
   ``/tin-tuc/<slug>/index.html`` in alt_paths.
2. Attachments by relative URL: the markdown says ``![…](anh-1.jpg)``, printed as
   ``src="anh-1.jpg"`` resolved against the post's folder. Gold image paths
   ``/tin-tuc/<slug>/anh-1.jpg`` (resolved against the wrong base, ``/tin-tuc/anh-1.jpg``, 404s).
3. Pager without numbers: "Cũ hơn »" only, so page 3 exists only behind page 2; one post
   (``hoi-nghi-cbvc``) has no tag and no other link. Gold: it is an article like the rest.
4. A photo album in the blog stream (``/tin-tuc/album-ky-niem-20-11/``, model ``album``: photos
   with captions, no text) looks like a post. Gold: not an article (in NON_ARTICLES).
5. Markdown captions: the caption is an italic paragraph ``<p><em>…</em></p>`` after the
   ``<p><img></p>``; a caption line "(Ảnh: X)" only credits. Gold: the italic line is the image's
   caption, not body; a credit-only line gives caption None and X as photographer.
6. Dates from two model versions: old posts have a ``date`` field printed by Babel
   ("Thứ Tư, 14 tháng 10, 2026", gold the day alone), newer ones a ``datetime`` field
   ("14:30 — Thứ Năm, 03/12/2026", gold with +07:00); one prints "00:00" (gold: the day alone);
   one prints "Cập nhật: 12/11/2026" after the date (gold: the publication date); the header's
   build date "Thứ Bảy, 05/12/2026" is never a publication date.
7. Bylines: the meta line says "Đăng bởi: bbt_lqd" (a CMS account: nobody); the real byline is a
   right-aligned last paragraph of the text ("Tin, ảnh: …", "Tin: X - Ảnh: Y", "ThS. …
   (Tổ trưởng …)", a unit "Đoàn trường" signing alone), or a "Theo Báo Quảng Trị" source line.
   Gold: names as the README conventions say; these lines are not body.
8. A notice typed as an official document (letterhead table, "Số: …", "THÔNG BÁO / Về việc …",
   "Nơi nhận", signer) posted a day after it was signed. Gold: date is the letterhead's day
   (2026-11-30), signer is the author, letterhead/closing not body.
9. Content files saved on macOS: one post's ``.lr`` file is NFD (decomposed tone marks in title and
   text). Gold: NFC text.
10. Tag URLs printed raw with Vietnamese letters and spaces (``href="/tin-tuc/tag/học sinh
    giỏi/"``): a crawler must percent-encode them. Gold: tag pages are not articles.
11. Chrome that reads like text: the "Danh ngôn" quote box, "Các tin mới" with excerpts, the
    intro excerpt on the home page, "Tệp đính kèm" lines, "Xem thêm:" links, emoji pictures
    (``<img alt="👉">``) used as bullets. Gold: none of it is body; the emoji picture is no text.

Gold decisions on ambiguous points
----------------------------------
- ``category``: the breadcrumb's last item (the post's ``chuyen_muc`` field), e.g. "Thông báo",
  not a tag.
- ``summary``: the ``div.tom-tat`` element when present (and the body's first paragraph), or a
  bold first paragraph of the text; null when only ``<meta name=description>`` says something.
- Table rows in the text are paragraphs, cells joined by " | " (header row included).
- ``published_at`` of the notice (trap 8) is the letterhead's day, not the posting day 01/12.
- Body sentences opening "Theo Ban Giám khảo, …" / "Theo kế hoạch năm học …" are text, not a
  source; only the closing right-aligned "Theo Báo Quảng Trị" line gives ``source``.
- Lines split by ``<br>`` in one paragraph (a quoted poem, the STEM prize list) are separate
  paragraphs; the 👉 bullets are ``<img alt>`` pictures, so those list lines carry no emoji.
- The album post and document entries are not articles; tag pages, blog pages, the feed neither.
"""

from __future__ import annotations

import datetime
import unicodedata
from urllib.parse import unquote

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

NAME = "lektor_thpt"
PLATFORM = "Lektor 3 + lektor-tags (hand-made theme, static hosting)"
START_PATH = "/"

SCHOOL = "Trường THPT chuyên Lê Quý Đôn"
BUILD_DATE = "Thứ Bảy, 05/12/2026"
ACCOUNT = "bbt_lqd"


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


def _doc_head(number: str, day: str, kind: str, subject: str) -> Raw:
    """The letterhead table and the kind/subject lines of a notice typed as an official document."""
    return Raw(
        '<table border="0" cellpadding="2" style="width:100%">\n<tbody>\n<tr>\n'
        '<td style="text-align:center; width:42%"><strong>SỞ GD&amp;ĐT QUẢNG TRỊ<br>'
        "TRƯỜNG THPT CHUYÊN<br>LÊ QUÝ ĐÔN</strong><br>"
        f"Số: {esc(number)}</td>\n"
        '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>'
        "Độc lập - Tự do - Hạnh phúc</strong><br>"
        f"<em>{esc(day)}</em></td>\n</tr>\n</tbody>\n</table>\n"
        f'<p style="text-align:center"><strong>{esc(kind)}</strong><br>\n<strong>{esc(subject)}</strong></p>'
    )


def _doc_close(recipients: list[str], post: list[str], name: str) -> Raw:
    left = "<br>".join(esc(r) for r in recipients)
    right = "<br>".join(f"<strong>{esc(x)}</strong>" for x in post)
    return Raw(
        '<table border="0" style="width:100%">\n<tbody>\n<tr>\n'
        f'<td style="vertical-align:top"><em><strong>Nơi nhận:</strong></em><br>{left}</td>\n'
        f'<td style="text-align:center; vertical-align:top">{right}<br><br><em>(Đã ký)</em>'
        f"<br><br><strong>{esc(name)}</strong></td>\n</tr>\n</tbody>\n</table>"
    )


# --- the stories -----------------------------------------------------------------------------
# opts: when = the date field as stored ("YYYY-MM-DD HH:MM" for the datetime model, "YYYY-MM-DD"
# for the old date model); tags; updated (a "Cập nhật" line); nfd (content file saved on macOS);
# flow (body built from Lektor flow blocks); desc (meta description).

STORIES: list[Story] = [
    Story(
        id=13,
        slug="ba-du-an-khkt-doat-giai-nhat",
        title="🏆 Ba dự án Khoa học kỹ thuật của học sinh trường đoạt giải Nhất cấp tỉnh",
        cat="Thi HSG – Olympic",
        published_at="2026-12-03T14:30:00+07:00",
        summary=(
            "Với 3 giải Nhất, 2 giải Nhì và 1 giải Ba, học sinh nhà trường tiếp tục dẫn đầu toàn tỉnh"
            " tại Cuộc thi Khoa học kỹ thuật cấp tỉnh năm học 2026–2027."
        ),
        sapo_outside=True,
        authors=["Phạm Quốc Bảo"],
        photographers=["Phạm Quốc Bảo"],
        blocks=[
            P(
                "Ngày 02/12/2026, Sở Giáo dục và Đào tạo tổ chức lễ tổng kết và trao giải Cuộc thi Khoa học"
                " kỹ thuật dành cho học sinh trung học cấp tỉnh năm học 2026–2027. Đoàn học sinh Trường THPT"
                " chuyên Lê Quý Đôn tham gia 6 dự án, trong đó 3 dự án đoạt giải Nhất, 2 dự án đoạt giải Nhì"
                " và 1 dự án đoạt giải Ba."
            ),
            Img(
                "anh-1.jpg",
                "Ban Giám khảo nghe học sinh trình bày dự án tại khu trưng bày.",
                "Ban Giám khảo nghe học sinh trình bày dự án tại khu trưng bày.",
                "md",
            ),
            P("Các dự án đoạt giải Nhất gồm:"),
            P(
                "Hệ thống cảnh báo sớm ngập lụt cho các khu dân cư ven sông Thạch Hãn sử dụng cảm biến mực"
                " nước và mạng LoRa;",
                "emo",
            ),
            P("Chế phẩm sinh học từ vỏ tôm xử lý nước thải ao nuôi thủy sản;", "emo"),
            P("Ứng dụng hỗ trợ học sinh khiếm thị đọc tài liệu bằng trí tuệ nhân tạo.", "emo"),
            P(
                "Theo Ban Giám khảo, các dự án năm nay có tính ứng dụng cao, bám sát nhu cầu thực tiễn của"
                " địa phương, đặc biệt trong bối cảnh tỉnh vừa trải qua đợt lũ lịch sử cuối tháng 10."
            ),
            Img(
                "anh-2.jpg",
                "Em Hoàng Gia Huy (lớp 11 Lý) giới thiệu mô hình cảnh báo ngập lụt.",
                "Em Hoàng Gia Huy (lớp 11 Lý) giới thiệu mô hình cảnh báo ngập lụt.",
                "md",
            ),
            P(
                "Ba dự án đoạt giải Nhất sẽ được chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dự kiến"
                " tổ chức vào tháng 3/2027."
            ),
            Raw(
                '<p>Xem thêm: <a href="/tin-tuc/hoc-sinh-dat-52-giai-hsg-cap-tinh/">Học sinh nhà trường'
                " đạt 52 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12</a></p>"
            ),
            _right("Tin, ảnh: Phạm Quốc Bảo"),
        ],
        opts={"when": "2026-12-03 14:30", "tags": ["học sinh giỏi", "STEM"]},
    ),
    Story(
        id=12,
        slug="thong-bao-thi-chon-doi-tuyen-hsg-quoc-gia",
        title="Thông báo về việc tổ chức thi chọn đội tuyển dự thi học sinh giỏi quốc gia năm học 2026–2027",
        cat="Thông báo",
        published_at="2026-11-30",
        authors=["Nguyễn Thị Thu Hà"],
        blocks=[
            _doc_head(
                "412/TB-LQĐ",
                "Quảng Trị, ngày 30 tháng 11 năm 2026",
                "THÔNG BÁO",
                "Về việc tổ chức thi chọn đội tuyển dự thi chọn học sinh giỏi quốc gia năm học 2026–2027",
            ),
            P(
                "Căn cứ Kế hoạch số 1520/KH-SGDĐT ngày 15/11/2026 của Sở Giáo dục và Đào tạo về việc tổ chức"
                " kỳ thi chọn học sinh giỏi quốc gia THPT năm học 2026–2027;"
            ),
            P("Nhà trường thông báo kế hoạch tổ chức thi chọn đội tuyển như sau:"),
            P("1. Thời gian và địa điểm", "h"),
            P("Thi viết: sáng ngày 08/12/2026 (thứ Ba), bắt đầu lúc 7 giờ 30.", "li"),
            P("Thi thực hành (môn Tin học, Vật lý, Hóa học, Sinh học): chiều ngày 09/12/2026.", "li"),
            P("Địa điểm: Dãy nhà A, Trường THPT chuyên Lê Quý Đôn.", "li"),
            P("2. Đối tượng dự thi", "h"),
            P(
                "Học sinh các lớp 11, 12 chuyên có nguyện vọng và được giáo viên bộ môn đề xuất; danh sách"
                " nộp về Tổ Giáo vụ trước ngày 04/12/2026."
            ),
            P("3. Tổ chức thực hiện", "h"),
            P(
                "Các tổ chuyên môn ra đề, chấm thi theo phân công; giáo viên chủ nhiệm thông báo đến học sinh"
                " và cha mẹ học sinh. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí"
                " Phó Hiệu trưởng phụ trách chuyên môn để được hướng dẫn."
            ),
            _doc_close(
                ["- Như trên;", "- Các tổ chuyên môn;", "- Lưu: VT."],
                ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"],
                "Nguyễn Thị Thu Hà",
            ),
            Raw('<p>Tệp đính kèm: <a href="thong-bao-412.pdf">thong-bao-412.pdf</a> (212 KB)</p>'),
        ],
        opts={"when": "2026-12-01 08:00", "tags": ["học sinh giỏi"], "files": ["thong-bao-412.pdf"]},
    ),
    Story(
        id=11,
        slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="Tin hoạt động",
        published_at="2026-11-20T11:05:00+07:00",
        summary=(
            "Sáng 20/11, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo"
            " Việt Nam (20/11/1982 – 20/11/2026) và tri ân các thế hệ thầy cô giáo của trường."
        ),
        sapo_outside=True,
        authors=["Trần Thị Mỹ Linh"],
        photographers=["Trần Thị Mỹ Linh"],
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Sở Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh,"
                " các thầy cô giáo đã nghỉ hưu cùng đông đảo cán bộ, giáo viên, nhân viên và học sinh nhà"
                " trường."
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ chào mừng do học sinh các lớp chuyên biểu diễn,"
                " trong đó tiết mục ngâm thơ của em Nguyễn Minh Châu (lớp 12 Văn) để lại nhiều cảm xúc:"
            ),
            P("“Thầy dạy em những chữ đầu tiên", "br"),
            P("Để em biết yêu quê hương, đất nước…”", "br"),
            Img(
                "anh-1.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh.",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 11 Anh.",
                "md",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Đặng Văn Quang ôn lại truyền thống 44 năm của ngành"
                " và những thành tích nổi bật của nhà trường trong năm học 2025–2026: 11 giải học sinh giỏi"
                " quốc gia, 100% học sinh tốt nghiệp THPT, nhiều em trúng tuyển vào các trường đại học"
                " hàng đầu trong và ngoài nước."
            ),
            Img(
                "anh-2.jpg",
                "(Cô giáo Võ Thị Hoa nhận Kỷ niệm chương Vì sự nghiệp giáo dục)",
                "Cô giáo Võ Thị Hoa nhận Kỷ niệm chương Vì sự nghiệp giáo dục",
                "md",
            ),
            P(
                "Nhân dịp này, 3 nhà giáo được trao Kỷ niệm chương Vì sự nghiệp giáo dục; 15 giáo viên được"
                " Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen vì có thành tích xuất sắc trong công tác bồi"
                " dưỡng học sinh giỏi."
            ),
            _right("Tin, ảnh: Trần Thị Mỹ Linh"),
        ],
        opts={"when": "2026-11-20 11:05", "tags": ["20-11"]},
    ),
    Story(
        id=10,
        slug="khai-mac-giai-the-thao-hoc-sinh",
        title="Khai mạc Giải thể thao học sinh chào mừng Ngày Nhà giáo Việt Nam",
        cat="Hoạt động Đoàn – Hội",
        published_at="2026-11-12T16:20:00+07:00",
        summary=(
            "Chiều 11/11, Đoàn trường khai mạc Giải thể thao học sinh năm học 2026–2027 với ba môn bóng"
            " đá nam, bóng chuyền nữ và cờ vua, thu hút hơn 400 vận động viên đến từ 24 chi đoàn."
        ),
        authors=["Đoàn trường"],
        photographers=["Lê Văn Phúc"],
        blocks=[
            P(
                "Chiều 11/11, Đoàn trường khai mạc Giải thể thao học sinh năm học 2026–2027 với ba môn bóng"
                " đá nam, bóng chuyền nữ và cờ vua, thu hút hơn 400 vận động viên đến từ 24 chi đoàn.",
                "b",
            ),
            Img("anh-1.jpg", "(Ảnh: Lê Văn Phúc)", None, "fig"),
            P(
                "Giải được tổ chức theo hình thức thi đấu vòng tròn tính điểm ở vòng bảng và loại trực tiếp"
                " từ vòng tứ kết. Các trận chung kết dự kiến diễn ra vào sáng 19/11 tại sân vận động của"
                " trường."
            ),
            Img(
                "anh-2.jpg",
                "Trận đấu khai mạc giữa hai chi đoàn 12 Toán và 12 Tin.",
                "Trận đấu khai mạc giữa hai chi đoàn 12 Toán và 12 Tin.",
                "fig",
            ),
            P(
                "Bí thư Đoàn trường Nguyễn Thị Lan Anh cho biết, giải đấu là hoạt động thường niên nhằm"
                " chào mừng Ngày Nhà giáo Việt Nam, đồng thời góp phần phong trào rèn luyện thân thể,"
                " tạo sân chơi lành mạnh cho học sinh sau những giờ học căng thẳng."
            ),
            _right("Đoàn trường"),
        ],
        opts={"when": "2026-11-12 16:20", "tags": ["đoàn thanh niên", "20-11"]},
    ),
    Story(
        id=9,
        slug="huong-ung-ngay-phap-luat-2026",
        title="Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026",
        cat="Hoạt động Đoàn – Hội",
        published_at="2026-11-09T09:45:00+07:00",
        authors=["Nguyễn Thị Lan Anh"],
        blocks=[
            P(
                "Nhằm nâng cao nhận thức, ý thức chấp hành pháp luật cho đoàn viên, học sinh, sáng 09/11"
                " Đoàn trường phối hợp với Công an phường Đông Hà tổ chức buổi sinh hoạt chuyên đề"
                " “Học sinh với văn hóa giao thông và an toàn trên không gian mạng”."
            ),
            Img(
                "anh-1.jpg",
                "Cán bộ Công an phường Đông Hà trao đổi với học sinh.",
                "Cán bộ Công an phường Đông Hà trao đổi với học sinh.",
                "md",
            ),
            P(
                "Tại buổi sinh hoạt, các em được nghe phổ biến những quy định mới về xử phạt vi phạm hành"
                " chính trong lĩnh vực giao thông đường bộ, cách nhận diện các hình thức lừa đảo trực tuyến"
                " và kỹ năng bảo vệ thông tin cá nhân khi sử dụng mạng xã hội."
            ),
            P("Những câu hỏi được học sinh quan tâm nhiều nhất", "h"),
            P("Học sinh chưa đủ 18 tuổi điều khiển xe máy điện cần những điều kiện gì?", "li"),
            P("Làm gì khi bị mạo danh tài khoản mạng xã hội?", "li"),
            P("Chia sẻ thông tin chưa được kiểm chứng có bị xử phạt không?", "li"),
            P(
                "Kết thúc buổi sinh hoạt, Đoàn trường phát động cuộc thi viết “Em yêu pháp luật” dành cho"
                " đoàn viên toàn trường; bài dự thi nộp về Văn phòng Đoàn trước ngày 30/11/2026."
            ),
            _right("Nguyễn Thị Lan Anh (Bí thư Đoàn trường)"),
        ],
        opts={
            "when": "2026-11-09 09:45",
            "updated": "12/11/2026 10:05",
            "tags": ["đoàn thanh niên"],
            "desc": "Đoàn trường tổ chức sinh hoạt chuyên đề hưởng ứng Ngày Pháp luật Việt Nam 9/11.",
        },
    ),
    Story(
        id=8,
        slug="hoc-sinh-dat-52-giai-hsg-cap-tinh",
        title="Học sinh nhà trường đạt 52 giải tại Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12",
        cat="Thi HSG – Olympic",
        published_at="2026-11-05T16:45:00+07:00",
        summary=(
            "Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026–2027 vừa công bố kết quả:"
            " nhà trường có 52/56 học sinh dự thi đạt giải, trong đó có 12 giải Nhất."
        ),
        sapo_outside=True,
        authors=["Tổ Giáo vụ"],
        blocks=[
            P(
                "Năm nay kỳ thi được tổ chức trong hai ngày 28 và 29/10/2026 với 9 môn thi, thu hút gần"
                " 900 thí sinh của các trường THPT trong tỉnh tham gia. Kết quả cụ thể của học sinh nhà"
                " trường như sau:"
            ),
            P("Môn thi | Giải Nhất | Giải Nhì | Giải Ba | Khuyến khích", "th"),
            P("Toán | 2 | 3 | 1 | 0", "tr"),
            P("Ngữ văn | 1 | 2 | 2 | 1", "tr"),
            P("Tiếng Anh | 3 | 2 | 1 | 0", "tr"),
            P("Vật lý | 1 | 2 | 3 | 1", "tr"),
            P("Hóa học | 2 | 1 | 2 | 1", "tr"),
            P("Tin học | 1 | 2 | 1 | 1", "tr"),
            P("Sinh học | 1 | 2 | 2 | 0", "tr"),
            P("Lịch sử | 0 | 1 | 2 | 1", "tr"),
            P("Địa lý | 1 | 2 | 2 | 2", "tr"),
            P("Tổng cộng | 12 | 17 | 16 | 7", "tr"),
            P(
                "Đây là kết quả cao nhất của nhà trường trong 5 năm trở lại đây. Các em đạt giải Nhất, Nhì"
                " sẽ được xét chọn vào đội tuyển dự thi chọn học sinh giỏi quốc gia."
            ),
            _right("Tổ Giáo vụ"),
        ],
        opts={"when": "2026-11-05 16:45", "tags": ["học sinh giỏi"]},
    ),
    Story(
        id=7,
        slug="chung-tay-ho-tro-hoc-sinh-vung-lu",
        title="Chung tay hỗ trợ học sinh vùng lũ phía Nam tỉnh",
        cat="Tin hoạt động",
        published_at="2026-11-02T10:15:00+07:00",
        source="Báo Quảng Trị",
        blocks=[
            P(
                "Sau đợt lũ lịch sử cuối tháng 10, hàng nghìn học sinh ở các xã phía Nam tỉnh bị hư hỏng,"
                " mất sách vở và đồ dùng học tập. Trước tình hình đó, Trường THPT chuyên Lê Quý Đôn đã phát"
                " động phong trào “Góp sách vở – Sẻ chia yêu thương” trong toàn thể cán bộ, giáo viên và học"
                " sinh."
            ),
            P(
                "Chỉ sau một tuần, nhà trường đã quyên góp được hơn 3.500 cuốn vở, 800 bộ sách giáo khoa,"
                " nhiều đồ dùng học tập và 126 triệu đồng tiền mặt."
            ),
            Img(
                "anh-1.jpg",
                "Đoàn công tác của nhà trường trao quà cho học sinh Trường THPT Hải Lăng.",
                "Đoàn công tác của nhà trường trao quà cho học sinh Trường THPT Hải Lăng.",
                "fig",
            ),
            P(
                "Ngày 31/10, đoàn công tác của nhà trường đã trực tiếp trao toàn bộ số quà cho học sinh có"
                " hoàn cảnh khó khăn của 4 trường THPT vùng lũ. Những phần quà tuy nhỏ nhưng thể hiện tình"
                " cảm, sự sẻ chia của thầy trò nhà trường với các bạn học sinh vùng bị thiệt hại."
            ),
            Raw('<p style="text-align: right;"><em>Theo Báo Quảng Trị</em></p>'),
        ],
        opts={"when": "2026-11-02 10:15", "tags": [], "nfd": True},
    ),
    Story(
        id=6,
        slug="ke-hoach-kiem-tra-giua-hoc-ky-i",
        title="Kế hoạch kiểm tra giữa học kỳ I năm học 2026–2027",
        cat="Thông báo",
        published_at="2026-10-28",
        authors=["Ban Giám hiệu"],
        blocks=[
            P(
                "Theo kế hoạch năm học 2026–2027, nhà trường tổ chức kiểm tra giữa học kỳ I tập trung cho"
                " các khối lớp từ ngày 02/11 đến ngày 07/11/2026."
            ),
            P("Các môn kiểm tra tập trung", "h"),
            P("Khối 10, 11: Toán, Ngữ văn, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử.", "ol"),
            P("Khối 12: Toán, Ngữ văn, Tiếng Anh và hai môn lựa chọn theo tổ hợp.", "ol"),
            P("Môn chuyên: kiểm tra riêng theo lịch của tổ chuyên môn.", "ol"),
            P("Lưu ý", "h"),
            P(
                "Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo thẻ học"
                " sinh; không mang điện thoại và tài liệu vào phòng kiểm tra."
            ),
            Raw(
                '<p>Tệp đính kèm: <a href="ke-hoach-ktgk1.pdf">ke-hoach-ktgk1.pdf</a></p>\n'
                '<p>Xem thêm: <a href="/van-ban/">Văn bản của nhà trường</a></p>'
            ),
            _right("Ban Giám hiệu"),
        ],
        opts={"when": "2026-10-28", "tags": ["kế hoạch"], "files": ["ke-hoach-ktgk1.pdf"]},
    ),
    Story(
        id=5,
        slug="toa-dam-huong-nghiep-chon-nganh-chon-tuong-lai",
        title="Tọa đàm hướng nghiệp “Chọn ngành – Chọn tương lai” cho học sinh khối 12",
        cat="Tin hoạt động",
        published_at="2026-10-24T14:00:00+07:00",
        summary=(
            "Chiều 23/10, hơn 300 học sinh khối 12 tham gia buổi tọa đàm hướng nghiệp với các chuyên gia"
            " đến từ Đại học Huế và Đại học Bách khoa Hà Nội."
        ),
        authors=["Hồ Thị Ngọc Ánh"],
        photographers=["Đặng Văn Toàn"],
        blocks=[
            P(
                "Chiều 23/10, hơn 300 học sinh khối 12 tham gia buổi tọa đàm hướng nghiệp với các chuyên gia"
                " đến từ Đại học Huế và Đại học Bách khoa Hà Nội.",
                "b",
            ),
            P(
                "Tại buổi tọa đàm, các diễn giả chia sẻ về xu hướng tuyển sinh năm 2027, những ngành học có"
                " nhu cầu nhân lực cao như công nghệ bán dẫn, trí tuệ nhân tạo, logistics và du lịch, cũng"
                " như cách lựa chọn tổ hợp xét tuyển phù hợp với năng lực bản thân."
            ),
            Img(
                "anh-1.jpg",
                "PGS.TS Trần Văn Minh chia sẻ với học sinh khối 12.",
                "PGS.TS Trần Văn Minh chia sẻ với học sinh khối 12.",
                "md",
            ),
            P(
                "Đừng chọn ngành vì nó đang “hot”, hãy chọn ngành mà các em thấy mình có thể gắn bó lâu dài"
                " và tạo ra giá trị cho cộng đồng.",
                "q",
            ),
            P(
                "Nhiều câu hỏi của học sinh về học bổng, ký túc xá và cơ hội việc làm sau khi tốt nghiệp đã"
                " được các diễn giả giải đáp cụ thể, thẳng thắn."
            ),
            _right("Tin: Hồ Thị Ngọc Ánh - Ảnh: Đặng Văn Toàn"),
        ],
        opts={"when": "2026-10-24 14:00", "tags": ["hướng nghiệp"]},
    ),
    Story(
        id=4,
        slug="ngay-hoi-stem-lan-thu-iii",
        title="Ngày hội STEM lần thứ III: Sáng tạo từ những điều giản dị",
        cat="Chuyên môn",
        published_at="2026-10-17T15:30:00+07:00",
        authors=["Nguyễn Hoàng Nam"],
        photographers=["Phan Thị Thu"],
        blocks=[
            P(
                "Sáng 17/10, Tổ Vật lý – Công nghệ phối hợp với Đoàn trường tổ chức Ngày hội STEM lần thứ III"
                " với chủ đề “Sáng tạo từ những điều giản dị”."
            ),
            P(
                "Ngày hội có 32 gian trưng bày sản phẩm của các lớp, từ xe chạy bằng năng lượng mặt trời, hệ"
                " thống tưới cây tự động đến máy lọc nước mini từ vật liệu tái chế."
            ),
            Img(
                "/static/uploads/2026/10/stem-01.jpg",
                "Gian trưng bày của lớp 10 Lý thu hút đông đảo học sinh.",
                "Gian trưng bày của lớp 10 Lý thu hút đông đảo học sinh.",
                "flow",
            ),
            P("Kết quả, Ban tổ chức trao:", "br"),
            P("01 giải Nhất cho lớp 11 Hóa với sản phẩm “Đèn ngủ tạo từ vỏ chai nhựa”;", "br"),
            P("02 giải Nhì cho lớp 10 Lý và lớp 12 Tin.", "br"),
            Img(
                "/static/uploads/2026/10/stem-02.jpg",
                "Học sinh lớp 11 Hóa nhận giải Nhất.",
                "Học sinh lớp 11 Hóa nhận giải Nhất.",
                "flow",
            ),
            P(
                "Ngày hội là dịp để học sinh vận dụng kiến thức liên môn vào giải quyết vấn đề thực tiễn,"
                " đồng thời rèn luyện kỹ năng làm việc nhóm và thuyết trình."
            ),
            _right("Tin: Nguyễn Hoàng Nam - Ảnh: Phan Thị Thu"),
        ],
        opts={"when": "2026-10-17 15:30", "tags": ["STEM"], "flow": True},
    ),
    Story(
        id=3,
        slug="chuyen-de-doc-hieu-van-ban-nghi-luan",
        title="Chuyên đề: Dạy học phát triển năng lực đọc hiểu văn bản nghị luận cho học sinh chuyên Văn",
        cat="Chuyên môn",
        published_at="2026-10-14",
        authors=["Lê Thị Hạnh"],
        blocks=[
            P(
                "Chương trình Giáo dục phổ thông 2018 môn Ngữ văn đặt trọng tâm vào việc phát triển năng lực"
                " đọc, viết, nói và nghe thông qua các kiểu văn bản.[1] Trong đó, văn bản nghị luận là kiểu"
                " văn bản học sinh chuyên Văn cần được rèn luyện kỹ lưỡng."
            ),
            P("1. Thực trạng", "h"),
            P(
                "Qua khảo sát 120 học sinh các lớp chuyên Văn, tổ nhận thấy phần lớn các em nắm được luận"
                " điểm nhưng còn lúng túng khi phân tích cách lập luận và đánh giá giá trị của bằng chứng."
            ),
            P("2. Một số biện pháp", "h"),
            P("Tổ chức đọc theo nhóm với phiếu học tập định hướng câu hỏi phân tích lập luận.", "li"),
            P("Sử dụng sơ đồ tư duy để học sinh tự tái hiện hệ thống luận điểm, lí lẽ, bằng chứng.", "li"),
            P("Cho học sinh đọc mở rộng các văn bản nghị luận xã hội trên báo chí hiện đại.", "li"),
            P(
                "Như Hoài Thanh từng viết, văn chương “luyện những tình cảm ta sẵn có”; đọc nghị luận cũng"
                " là luyện cho người đọc một lối nghĩ có căn cứ.[2]",
                "q",
            ),
            P("3. Kết luận", "h"),
            P(
                "Các biện pháp trên đã được tổ áp dụng từ học kỳ II năm học 2025–2026 và bước đầu cho thấy"
                " hiệu quả rõ rệt trong các bài kiểm tra đọc hiểu."
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình Giáo dục phổ thông môn Ngữ văn.", "ol"),
            P("[2] Hoài Thanh (1936), Ý nghĩa văn chương.", "ol"),
            _right("ThS. Lê Thị Hạnh (Tổ trưởng Tổ Ngữ văn)"),
        ],
        opts={"when": "2026-10-14", "tags": ["ngữ văn"]},
    ),
    Story(
        id=2,
        slug="hoi-nghi-cbvc-nam-hoc-2026-2027",
        title="Hội nghị cán bộ, viên chức và người lao động năm học 2026–2027",
        cat="Tin hoạt động",
        published_at="2026-10-10",
        authors=["Công đoàn trường"],
        blocks=[
            P(
                "Ngày 09/10/2026, Trường THPT chuyên Lê Quý Đôn tổ chức Hội nghị cán bộ, viên chức và người"
                " lao động năm học 2026–2027 với sự tham dự của 98 đại biểu."
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025–2026, thảo luận và thông qua phương hướng,"
                " nhiệm vụ năm học mới cùng Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."
            ),
            Img(
                "anh-1.jpg",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị.",
                "Các đại biểu biểu quyết thông qua nghị quyết hội nghị.",
                "md",
            ),
            P(
                "Hội nghị cũng đã phát động phong trào thi đua “Dạy tốt – Học tốt” với mục tiêu giữ vững vị"
                " trí dẫn đầu của tỉnh về chất lượng mũi nhọn."
            ),
            _right("Công đoàn trường"),
        ],
        opts={"when": "2026-10-10 00:00", "tags": []},
    ),
    Story(
        id=1,
        slug="hoc-sinh-lop-10-trai-nghiem-tai-thanh-co",
        title="Học sinh lớp 10 trải nghiệm tại Di tích Thành cổ Quảng Trị",
        cat="Hoạt động Đoàn – Hội",
        published_at="2026-10-06",
        authors=["Lê Văn Phúc"],
        photographers=["Lê Văn Phúc"],
        blocks=[
            P(
                "Ngày 05/10, hơn 250 học sinh khối 10 đã có chuyến tham quan, trải nghiệm tại Di tích Thành"
                " cổ Quảng Trị và Bến thả hoa bên dòng sông Thạch Hãn."
            ),
            Img(
                "anh-1.jpg",
                "Học sinh dâng hương tại Đài tưởng niệm Thành cổ.",
                "Học sinh dâng hương tại Đài tưởng niệm Thành cổ.",
                "md",
            ),
            P(
                "Tại đây, các em được nghe thuyết minh về 81 ngày đêm chiến đấu bảo vệ Thành cổ năm 1972,"
                " thả hoa đăng tưởng nhớ các anh hùng liệt sĩ và tham gia các trò chơi tập thể gắn kết."
            ),
            Img(
                "anh-2.jpg",
                "Thả hoa đăng trên sông Thạch Hãn.",
                "Thả hoa đăng trên sông Thạch Hãn.",
                "md",
            ),
            P(
                "Chuyến đi giúp học sinh lớp 10 hiểu thêm về lịch sử quê hương và làm quen với bạn bè, thầy"
                " cô trong những ngày đầu năm học."
            ),
            _right("Tin, ảnh: Lê Văn Phúc"),
        ],
        opts={"when": "2026-10-06", "tags": ["đoàn thanh niên"]},
    ),
]

ALBUM = {
    "slug": "album-ky-niem-20-11",
    "title": "Album ảnh: Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
    "when": "2026-11-21 09:00",
    "tags": ["20-11"],
    "photos": [
        ("anh-01.jpg", "Toàn cảnh buổi lễ tại hội trường nhà trường."),
        ("anh-02.jpg", "Học sinh tặng hoa các thầy cô giáo."),
        ("anh-03.jpg", "Các thầy cô giáo đã nghỉ hưu về dự lễ."),
        ("anh-04.jpg", "Tiết mục múa “Bụi phấn” của lớp 10 Văn."),
        ("anh-05.jpg", "Chụp ảnh lưu niệm sau buổi lễ."),
    ],
}

DOCUMENTS = [
    {
        "slug": "quy-che-thi-chon-hsg-cap-truong",
        "title": "Quyết định ban hành Quy chế thi chọn học sinh giỏi cấp trường năm học 2026–2027",
        "number": "385/QĐ-LQĐ",
        "day": "15/10/2026",
        "signer": "Đặng Văn Quang",
        "file": "qd-385-quy-che-hsg.pdf",
    },
    {
        "slug": "ke-hoach-nam-hoc-2026-2027",
        "title": "Kế hoạch thực hiện nhiệm vụ năm học 2026–2027",
        "number": "301/KH-LQĐ",
        "day": "20/09/2026",
        "signer": "Đặng Văn Quang",
        "file": "kh-301-nam-hoc.pdf",
    },
]


# --- dates -----------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _parse(when: str) -> tuple[datetime.date, str | None]:
    day = datetime.date.fromisoformat(when[:10])
    return day, (when[11:16] if len(when) > 10 else None)


def _meta_date(when: str) -> str:
    """The date line of the post template: two model versions print two forms."""
    day, clock = _parse(when)
    weekday = _WEEKDAYS[day.weekday()]
    if clock is None:  # old model: a ``date`` field through Babel's full Vietnamese format
        return f"{weekday}, {day.day} tháng {day.month}, {day.year}"
    return f"{clock} — {weekday}, {day:%d/%m/%Y}"


def _short_date(when: str) -> str:
    return f"{_parse(when)[0]:%d/%m/%Y}"


# --- text of a post --------------------------------------------------------------------------

_EMOJI = '<img class="emoji" draggable="false" alt="👉" src="/static/emoji/1f449.png" width="16" height="16">'


def _img_html(img: Img, t) -> str:
    src = esc(img.src)
    alt = esc(img.caption or "")
    if img.style == "fig":
        cap = f"\n<figcaption>{t(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="h-bv">\n<img src="{src}" alt="{alt}" loading="lazy">{cap}\n</figure>'
    if img.style == "flow":
        cap = f'\n<div class="cth">{t(img.printed)}</div>' if img.printed else ""
        return f'<div class="blk blk-anh">\n<img src="{src}" alt="{alt}" class="w100">{cap}\n</div>'
    cap = f"\n<p><em>{t(img.printed)}</em></p>" if img.printed else ""
    return f'<p><img src="{src}" alt="{alt}"></p>{cap}'


def _blocks_html(blocks: list, t, nfd: bool) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(unicodedata.normalize("NFD", b.html) if nfd else b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img_html(b, t))
            i += 1
            continue
        style = b.style
        group_styles = {"li": ("li",), "ol": ("ol",), "th": ("th", "tr"), "tr": ("th", "tr"), "br": ("br",)}
        if style in group_styles:
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style in group_styles[style]:
                j += 1
            run = blocks[i:j]
            if style in ("li", "ol"):
                tag = "ul" if style == "li" else "ol"
                items = "\n".join(f"<li>{t(p.text)}</li>" for p in run)
                out.append(f"<{tag}>\n{items}\n</{tag}>")
            elif style == "br":
                out.append("<p>" + "<br>\n".join(t(p.text) for p in run) + "</p>")
            else:
                rows = []
                for p in run:
                    cell = "th" if p.style == "th" else "td"
                    rows.append("<tr>" + "".join(f"<{cell}>{t(c)}</{cell}>" for c in p.text.split(" | ")) + "</tr>")
                out.append('<table class="bang" border="1" cellspacing="0" cellpadding="4">\n<tbody>\n'
                           + "\n".join(rows) + "\n</tbody>\n</table>")
            i = j
            continue
        if style == "h":
            out.append(f"<h3>{t(b.text)}</h3>")
        elif style == "b":
            out.append(f"<p><strong>{t(b.text)}</strong></p>")
        elif style == "q":
            out.append(f"<blockquote>\n<p>{t(b.text)}</p>\n</blockquote>")
        elif style == "emo":
            out.append(f"<p>{_EMOJI} {t(b.text)}</p>")
        else:
            out.append(f"<p>{t(b.text)}</p>")
        i += 1
    return "\n".join(out)


def _body_html(story: Story) -> str:
    nfd = bool(story.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    if not story.opts.get("flow"):
        return _blocks_html(story.blocks, t, nfd)
    # Lektor flow: each text block in its own div, each picture a block of its own
    out: list[str] = []
    run: list = []
    for b in story.blocks:
        if isinstance(b, Img):
            if run:
                out.append(f'<div class="blk blk-vanban">\n{_blocks_html(run, t, nfd)}\n</div>')
                run = []
            out.append(_img_html(b, t))
        else:
            run.append(b)
    if run:
        out.append(f'<div class="blk blk-vanban">\n{_blocks_html(run, t, nfd)}\n</div>')
    return "\n".join(out)


def _excerpt(story: Story, words: int = 28) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    parts = first.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


# --- the site --------------------------------------------------------------------------------

_BY_SLUG = {s.slug: s for s in STORIES}


def _stream() -> list[tuple[str, str, str]]:
    """The blog's children newest first: (slug, title, when), the album included."""
    items = [(s.slug, s.title, s.opts["when"]) for s in STORIES]
    items.append((ALBUM["slug"], ALBUM["title"], ALBUM["when"]))
    return sorted(items, key=lambda x: x[2], reverse=True)


PER_PAGE = 5


def _tags() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for slug, _title, _when in _stream():
        tags = _BY_SLUG[slug].opts["tags"] if slug in _BY_SLUG else ALBUM["tags"]
        for tag in tags:
            out.setdefault(tag, []).append(slug)
    return out


def _tag_href(tag: str) -> str:
    # lektor-tags' default url_path puts the tag in the URL as typed: letters and spaces raw
    return f"/tin-tuc/tag/{esc(tag)}/"


def _thumb(slug: str) -> str:
    story = _BY_SLUG.get(slug)
    if story is None:
        return f"/tin-tuc/{slug}/{ALBUM['photos'][0][0]}"
    if story.images:
        src = story.images[0].src
        return src if src.startswith("/") else f"/tin-tuc/{slug}/{src}"
    return "/static/img/no-thumb.png"


def _title_of(slug: str) -> str:
    return _BY_SLUG[slug].title if slug in _BY_SLUG else ALBUM["title"]


def _menu() -> str:
    tag_items = "\n".join(
        f'<li><a href="{_tag_href(tag)}">{label}</a></li>'
        for tag, label in (
            ("học sinh giỏi", "Học sinh giỏi – Olympic"),
            ("đoàn thanh niên", "Đoàn thanh niên"),
            ("STEM", "Giáo dục STEM"),
            ("hướng nghiệp", "Hướng nghiệp"),
        )
    )
    return f"""<nav class="thanh-menu" id="mn-chinh">
<ul class="mn-c1">
<li><a href="/">Trang chủ</a></li>
<li class="co-con"><a href="/gioi-thieu/">Giới thiệu</a> <span class="mui">▾</span>
<ul class="mn-c2">
<li><a href="/gioi-thieu/">Giới thiệu chung</a></li>
<li><a href="/gioi-thieu/co-cau-to-chuc/">Cơ cấu tổ chức</a></li>
</ul></li>
<li class="co-con"><a href="/tin-tuc/">Tin tức</a> <span class="mui">▾</span>
<ul class="mn-c2">
{tag_items}
<li><a href="/tin-tuc/tag/">Tất cả chủ đề</a></li>
</ul></li>
<li><a href="/van-ban/">Văn bản</a></li>
<li><a href="https://lqd-quangtri.vnedu.vn/" target="_blank" rel="noopener">Tra cứu điểm</a></li>
<li><a href="/lien-he/">Liên hệ</a></li>
</ul>
</nav>"""


def _sidebar() -> str:
    tags = _tags()
    cloud = "\n".join(
        f'<a class="the" href="{_tag_href(tag)}" style="font-size:{11 + 2 * len(slugs)}px">#{esc(tag)}</a>'
        for tag, slugs in sorted(tags.items())
    )
    picks = "\n".join(
        f'<li><a href="/tin-tuc/{slug}/">{esc(_title_of(slug))}</a></li>'
        for slug in (
            "chuyen-de-doc-hieu-van-ban-nghi-luan",
            "hoc-sinh-dat-52-giai-hsg-cap-tinh",
            "le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        )
    )
    return f"""<aside class="cot-phai">
<div class="o-cp" id="cp-the"><div class="tde-cp">Chủ đề</div>
<div class="may-the">
{cloud}
</div></div>
<div class="o-cp" id="cp-qt"><div class="tde-cp">Bài viết được quan tâm</div>
<ul class="ds-qt">
{picks}
</ul></div>
<div class="o-cp" id="cp-dn"><div class="tde-cp">Danh ngôn</div>
<div class="dn-nd"><p>Học vấn do người siêng năng đạt được, tài sản do người tinh tế sở hữu,
quyền lợi do người dũng cảm nắm giữ, thiên đường do người lương thiện xây dựng.</p>
<p class="dn-tg">— Benjamin Franklin</p></div></div>
<div class="o-cp" id="cp-bc"><div class="tde-cp">Thăm dò ý kiến</div>
<form action="https://docs.google.com/forms/d/e/1FAIpQLSe-lqd-khaosat/formResponse" method="post" target="_blank">
<p>Bạn biết đến website của trường qua kênh nào?</p>
<label><input type="radio" name="entry.1021" value="fb"> Fanpage Facebook</label><br>
<label><input type="radio" name="entry.1021" value="zalo"> Nhóm Zalo lớp</label><br>
<label><input type="radio" name="entry.1021" value="gv"> Giáo viên giới thiệu</label><br>
<button type="submit">Bình chọn</button>
</form></div>
<div class="o-cp" id="cp-lk"><div class="tde-cp">Liên kết</div>
<ul>
<li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.quangtri.gov.vn/" target="_blank">Sở GD&amp;ĐT Quảng Trị</a></li>
<li><a href="https://www.facebook.com/thptchuyenlequydon.qt" target="_blank">Fanpage nhà trường</a></li>
<li><a href="https://www.youtube.com/@lqdquangtri" target="_blank">Kênh YouTube</a></li>
</ul></div>
<div class="o-cp" id="cp-tk"><div class="tde-cp">Thống kê truy cập</div>
<div class="tk-nd" id="histats_counter">
<div>Đang online: <b>17</b></div>
<div>Hôm nay: <b>412</b></div>
<div>Tổng truy cập: <b>1.284.903</b></div>
</div></div>
</aside>"""


def _page(request: Request, title: str, main: str, *, canonical: str | None = None,
          desc: str | None = None, crumbs: str = "") -> Response:
    base = base_url(request)
    head_extra = ""
    if canonical:
        head_extra += f'\n<link rel="canonical" href="{base}{canonical}">'
        head_extra += f'\n<meta property="og:url" content="{base}{canonical}">'
    if desc:
        head_extra += f'\n<meta name="description" content="{esc(desc)}">'
    doc = f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Lektor">
<title>{esc(title)} | THPT chuyên Lê Quý Đôn - Quảng Trị</title>
<link rel="stylesheet" href="/static/css/style.css?h=8a1f2c07">
<link rel="alternate" type="application/atom+xml" title="Tin tức" href="/tin-tuc/feed.xml">
<link rel="icon" href="/static/img/favicon.ico">{head_extra}
</head>
<body class="tr-lqd">
<div id="khung">
<header class="dau-trang">
<div class="dt-tren"><span class="dt-ngay">{BUILD_DATE}</span>
<span class="dt-lh">Hotline: 0233 3852 137 | Email: c3lqd@quangtri.edu.vn</span></div>
<div class="dt-logo"><a href="/"><img src="/static/img/logo.png" alt="Logo THPT chuyên Lê Quý Đôn"></a>
<div class="dt-ten"><span class="ten-so">SỞ GIÁO DỤC VÀ ĐÀO TẠO QUẢNG TRỊ</span>
<span class="ten-tr">TRƯỜNG THPT CHUYÊN LÊ QUÝ ĐÔN</span></div></div>
{_menu()}
</header>
<div class="than-trang">
{crumbs}
<main class="cot-trai">
{main}
</main>
{_sidebar()}
</div>
<footer class="chan-trang">
<p><b>{SCHOOL.upper()} - TỈNH QUẢNG TRỊ</b></p>
<p>Địa chỉ: Số 01 Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị</p>
<p>Điện thoại: 0233 3852 137 - Email: c3lqd@quangtri.edu.vn</p>
<p>© 2026 Trường THPT chuyên Lê Quý Đôn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="ct-lk">Xây dựng bằng <a href="https://www.getlektor.com/" target="_blank">Lektor</a></p>
</footer>
</div>
<script src="/static/js/main.js"></script>
</body>
</html>"""
    return html(doc, headers={"Last-Modified": "Sat, 05 Dec 2026 01:12:09 GMT"})


def _crumbs(*items: tuple[str, str | None]) -> str:
    parts = []
    for label, href in items:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="dd-bc">' + " <i>›</i> ".join(parts) + "</div>"


def _article(request: Request, story: Story) -> Response:
    opts = story.opts
    nfd = bool(opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    meta = f'<span class="ngay"><i class="ic ic-lich"></i> {_meta_date(opts["when"])}</span>'
    meta += f' <span class="ndang">Đăng bởi: {ACCOUNT}</span>'
    if opts.get("updated"):
        meta += f' <span class="cnhat">(Cập nhật: {opts["updated"]})</span>'
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tom-tat"><strong>{t(story.summary)}</strong></div>'
    tags = ""
    if opts["tags"]:
        tags = '<div class="tu-khoa"><b>Từ khóa:</b> ' + ", ".join(
            f'<a href="{_tag_href(tag)}">#{esc(tag)}</a>' for tag in opts["tags"]
        ) + "</div>"
    # "Các tin mới": the theme's box is site.query('/tin-tuc').limit(5) minus this post
    others = [o for o in STORIES if o.slug != story.slug][:4]
    other_html = "\n".join(
        f'<li><a href="/tin-tuc/{o.slug}/">{esc(o.title)}</a> <span class="ngay">({_short_date(o.opts["when"])})'
        f"</span>\n<p>{esc(_excerpt(o, 18))}</p></li>"
        for o in others
    )
    share_url = f"{base_url(request)}/tin-tuc/{story.slug}/"
    main = f"""<article class="bv-ct" id="bv-{story.id}">
<h1 class="td-bv">{t(story.title)}</h1>
<div class="tt-bv">{meta}</div>
{sapo}
<div class="nd-bv">
{_body_html(story)}
</div>
{tags}
<div class="cc-bv">
<a class="ch-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank">Chia sẻ Facebook</a>
<a class="ch-zl" href="https://zalo.me/share?url={esc(share_url)}" target="_blank">Zalo</a>
<a class="in-bv" href="javascript:window.print()">In bài viết</a>
</div>
<div class="tin-khac"><h4>Các tin mới</h4>
<ul>
{other_html}
</ul></div>
</article>"""
    crumbs = _crumbs(("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), (story.cat, None))
    page_title = unicodedata.normalize("NFD", story.title) if nfd else story.title
    return _page(request, collapse_title(page_title), main, canonical=f"/tin-tuc/{story.slug}/",
                 desc=opts.get("desc"), crumbs=crumbs)


def collapse_title(title: str) -> str:
    return " ".join(title.split())


def _listing_items(slugs: list[str], suffix: str = "") -> str:
    out = []
    for slug in slugs:
        story = _BY_SLUG.get(slug)
        when = story.opts["when"] if story else ALBUM["when"]
        ex = _excerpt(story) if story else "Một số hình ảnh tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026."
        href = f"/tin-tuc/{slug}/{suffix}"
        out.append(
            f'<div class="o-tin">\n<a class="a-tin" href="{href}"><img src="{_thumb(slug)}" alt="" width="220"></a>\n'
            f'<h2 class="td-tin"><a href="{href}">{esc(_title_of(slug))}</a></h2>\n'
            f'<div class="ngay-tin">{_short_date(when)}</div>\n<p class="mt-tin">{esc(ex)}</p>\n'
            f'<a class="doc-tiep" href="{href}">Đọc tiếp »</a>\n</div>'
        )
    return "\n".join(out)


def _blog_page(request: Request, number: int) -> Response | None:
    stream = _stream()
    pages = (len(stream) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= number <= pages:
        return None
    chunk = [s for s, _t, _w in stream[(number - 1) * PER_PAGE: number * PER_PAGE]]
    pager = []
    if number > 1:
        prev = "/tin-tuc/" if number == 2 else f"/tin-tuc/page/{number - 1}/"
        pager.append(f'<a class="pg-moi" href="{prev}">« Mới hơn</a>')
    pager.append(f'<span class="pg-so">Trang {number}</span>')
    if number < pages:
        pager.append(f'<a class="pg-cu" href="/tin-tuc/page/{number + 1}/">Cũ hơn »</a>')
    main = f"""<h1 class="td-muc">Tin tức</h1>
<div class="ds-tin">
{_listing_items(chunk)}
</div>
<div class="phan-trang">{" ".join(pager)}</div>"""
    crumbs = _crumbs(("Trang chủ", "/"), ("Tin tức", None))
    canon = "/tin-tuc/" if number == 1 else f"/tin-tuc/page/{number}/"
    return _page(request, "Tin tức" + ("" if number == 1 else f" - Trang {number}"), main,
                 canonical=canon, crumbs=crumbs)


def _tag_page(request: Request, tag: str) -> Response | None:
    slugs = _tags().get(tag)
    if not slugs:
        return None
    # lektor-tags' template builds the links by hand: '/tin-tuc/' ~ slug ~ '/index.html'
    main = f"""<h1 class="td-muc">Chủ đề: #{esc(tag)}</h1>
<p class="ds-dem">{len(slugs)} bài viết</p>
<div class="ds-tin">
{_listing_items(slugs, "index.html")}
</div>"""
    crumbs = _crumbs(("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), ("Chủ đề", "/tin-tuc/tag/"), (tag, None))
    return _page(request, f"Chủ đề: {tag}", main, crumbs=crumbs)


def _tag_index(request: Request) -> Response:
    items = "\n".join(
        f'<li><a href="{_tag_href(tag)}">{esc(tag)}</a> ({len(slugs)})</li>' for tag, slugs in sorted(_tags().items())
    )
    main = f'<h1 class="td-muc">Tất cả chủ đề</h1>\n<ul class="ds-the">\n{items}\n</ul>'
    crumbs = _crumbs(("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), ("Chủ đề", None))
    return _page(request, "Chủ đề", main, crumbs=crumbs)


def _home(request: Request) -> Response:
    posts = [s for s, _t, _w in _stream() if s in _BY_SLUG]
    slides = "\n".join(
        # the slider's template uses this.path (no slash): the host answers 301 to the folder
        f'<div class="sl-o"><a href="/tin-tuc/{slug}"><img src="{_thumb(slug)}" alt="">'
        f'<span class="sl-td">{esc(_title_of(slug))}</span></a></div>'
        for slug in posts[:4]
    )
    news = "\n".join(
        f'<li><a href="/tin-tuc/{slug}/">{esc(_title_of(slug))}</a> '
        f'<span class="ngay">{_short_date(_BY_SLUG[slug].opts["when"])}</span></li>'
        for slug in posts[4:6]
    )
    main = f"""<section class="tin-nb"><h2 class="tde-kh">Tin nổi bật</h2>
<div class="slider" data-tg="5000">
{slides}
</div></section>
<section class="tin-moi"><h2 class="tde-kh">Tin mới</h2>
<ul>
{news}
</ul>
<p><a href="/tin-tuc/">Xem tất cả tin »</a></p></section>
<section class="gt-ngan"><h2 class="tde-kh">Giới thiệu</h2>
<p>Trường THPT chuyên Lê Quý Đôn được thành lập năm 1991, là trường chuyên duy nhất của tỉnh Quảng Trị,
nơi phát hiện, bồi dưỡng học sinh năng khiếu và đào tạo nguồn nhân lực chất lượng cao cho địa phương.</p>
<p><a href="/gioi-thieu/">Xem thêm »</a></p></section>"""
    return _page(request, "Trang chủ", main, canonical="/")


def _plain(request: Request, title: str, crumbs: str, paragraphs: list[str], extra: str = "") -> Response:
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = f'<div class="trang-tinh">\n<h1 class="td-trang">{esc(title)}</h1>\n{body}\n{extra}\n</div>'
    return _page(request, title, main, crumbs=crumbs)


def _intro(request: Request) -> Response:
    return _plain(
        request,
        "Giới thiệu chung",
        _crumbs(("Trang chủ", "/"), ("Giới thiệu", None)),
        [
            "Trường THPT chuyên Lê Quý Đôn tỉnh Quảng Trị được thành lập theo Quyết định của UBND tỉnh năm"
            " 1991, trên cơ sở các lớp chuyên của Trường THPT Đông Hà.",
            "Hiện nay, trường có 36 lớp với hơn 1.200 học sinh thuộc 11 môn chuyên; đội ngũ 112 cán bộ, giáo"
            " viên, nhân viên, trong đó 68% giáo viên có trình độ thạc sĩ trở lên.",
            "Qua hơn 35 năm xây dựng và phát triển, nhà trường đã có hàng trăm học sinh đạt giải học sinh"
            " giỏi quốc gia, nhiều em đạt huy chương Olympic khu vực và quốc tế.",
        ],
        '<p><img src="/static/img/toan-canh-truong.jpg" alt="Toàn cảnh nhà trường"></p>',
    )


def _org(request: Request) -> Response:
    rows = [
        ("Hiệu trưởng", "Đặng Văn Quang"),
        ("Phó Hiệu trưởng", "Nguyễn Thị Thu Hà"),
        ("Phó Hiệu trưởng", "Trương Công Minh"),
        ("Chủ tịch Công đoàn", "Hồ Văn Sơn"),
        ("Bí thư Đoàn trường", "Nguyễn Thị Lan Anh"),
    ]
    table = "<table class=\"bang\" border=\"1\">\n" + "\n".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in rows
    ) + "\n</table>"
    return _plain(
        request,
        "Cơ cấu tổ chức",
        _crumbs(("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu/"), ("Cơ cấu tổ chức", None)),
        ["Ban Giám hiệu và các đoàn thể nhà trường năm học 2026–2027:"],
        table,
    )


def _contact(request: Request) -> Response:
    return _plain(
        request,
        "Liên hệ",
        _crumbs(("Trang chủ", "/"), ("Liên hệ", None)),
        [
            "Trường THPT chuyên Lê Quý Đôn, tỉnh Quảng Trị",
            "Địa chỉ: Số 01 Trần Hưng Đạo, phường Đông Hà, tỉnh Quảng Trị",
            "Điện thoại: 0233 3852 137 - Fax: 0233 3852 138",
            "Email: c3lqd@quangtri.edu.vn",
        ],
        '<iframe src="https://www.google.com/maps/embed?pb=lqd" width="100%" height="300"></iframe>',
    )


def _album(request: Request) -> Response:
    photos = "\n".join(
        f'<div class="ab-o"><a href="{name}" data-lightbox="ab"><img src="{name}" alt="{esc(cap)}"></a>'
        f'<div class="ab-cth">{esc(cap)}</div></div>'
        for name, cap in ALBUM["photos"]
    )
    main = f"""<article class="bv-ct bv-album">
<h1 class="td-bv">{esc(ALBUM["title"])}</h1>
<div class="tt-bv"><span class="ngay">{_meta_date(ALBUM["when"])}</span> <span class="ndang">Đăng bởi: {ACCOUNT}</span></div>
<div class="luoi-anh">
{photos}
</div>
<div class="tu-khoa"><b>Từ khóa:</b> <a href="{_tag_href("20-11")}">#20-11</a></div>
</article>"""
    crumbs = _crumbs(("Trang chủ", "/"), ("Tin tức", "/tin-tuc/"), ("Album ảnh", None))
    return _page(request, ALBUM["title"], main, canonical=f"/tin-tuc/{ALBUM['slug']}/", crumbs=crumbs)


def _documents(request: Request) -> Response:
    rows = "\n".join(
        f'<tr><td>{esc(d["number"])}</td><td>{d["day"]}</td>'
        f'<td><a href="/van-ban/{d["slug"]}/">{esc(d["title"])}</a></td></tr>'
        for d in DOCUMENTS
    )
    main = f"""<h1 class="td-muc">Văn bản</h1>
<table class="bang-vb" border="1" cellspacing="0">
<thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>
<tbody>
{rows}
</tbody></table>"""
    return _page(request, "Văn bản", main, crumbs=_crumbs(("Trang chủ", "/"), ("Văn bản", None)))


def _document(request: Request, doc: dict) -> Response:
    main = f"""<div class="vb-ct">
<h1 class="td-trang">{esc(doc["title"])}</h1>
<table class="tt-vb" border="1" cellspacing="0">
<tr><th>Số hiệu</th><td>{esc(doc["number"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{doc["day"]}</td></tr>
<tr><th>Người ký</th><td>{esc(doc["signer"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/static/van-ban/{doc["file"]}">{doc["file"]}</a></td></tr>
</table>
</div>"""
    crumbs = _crumbs(("Trang chủ", "/"), ("Văn bản", "/van-ban/"), (doc["number"], None))
    return _page(request, doc["title"], main, crumbs=crumbs)


def _feed(request: Request) -> Response:
    base = base_url(request)
    entries = "\n".join(
        f"<entry><title>{esc(s.title)}</title><link href=\"{base}/tin-tuc/{s.slug}/\"/>"
        f"<id>{base}/tin-tuc/{s.slug}/</id><updated>{_parse(s.opts['when'])[0].isoformat()}T00:00:00Z</updated>"
        f"</entry>"
        for s in STORIES[:10]
    )
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tin tức - THPT chuyên Lê Quý Đôn</title>
<id>{base}/tin-tuc/</id><updated>2026-12-05T01:12:09Z</updated>
<link href="{base}/tin-tuc/feed.xml" rel="self"/>
{entries}
</feed>"""
    return Response(200, xml, {"Content-Type": "application/atom+xml; charset=utf-8"})


class LektorSite:
    """The built output folder behind a static host: folders, ``index.html`` files, attachments."""

    def __init__(self) -> None:
        self.pages: dict[str, object] = {
            "/": _home,
            "/tin-tuc/": lambda r: _blog_page(r, 1),
            "/tin-tuc/tag/": _tag_index,
            "/gioi-thieu/": _intro,
            "/gioi-thieu/co-cau-to-chuc/": _org,
            "/lien-he/": _contact,
            "/van-ban/": _documents,
            f"/tin-tuc/{ALBUM['slug']}/": _album,
        }
        pages = (len(_stream()) + PER_PAGE - 1) // PER_PAGE
        for n in range(2, pages + 1):
            self.pages[f"/tin-tuc/page/{n}/"] = lambda r, n=n: _blog_page(r, n)
        for story in STORIES:
            self.pages[f"/tin-tuc/{story.slug}/"] = lambda r, s=story: _article(r, s)
        for tag in _tags():
            self.pages[f"/tin-tuc/tag/{tag}/"] = lambda r, tag=tag: _tag_page(r, tag)
        for doc in DOCUMENTS:
            self.pages[f"/van-ban/{doc['slug']}/"] = lambda r, d=doc: _document(r, d)
        self.files: set[str] = {
            "/static/css/style.css",
            "/static/js/main.js",
            "/static/img/logo.png",
            "/static/img/favicon.ico",
            "/static/img/no-thumb.png",
            "/static/img/toan-canh-truong.jpg",
            "/static/emoji/1f449.png",
        }
        self.pdfs: set[str] = {f"/static/van-ban/{d['file']}" for d in DOCUMENTS}
        for story in STORIES:
            for img in story.images:
                self.files.add(img.src if img.src.startswith("/") else f"/tin-tuc/{story.slug}/{img.src}")
            for name in story.opts.get("files", []):
                self.pdfs.add(f"/tin-tuc/{story.slug}/{name}")
        for name, _cap in ALBUM["photos"]:
            self.files.add(f"/tin-tuc/{ALBUM['slug']}/{name}")

    def respond(self, request: Request) -> Response | None:
        if request.method not in ("GET", "HEAD"):
            return Response(405, b"Method Not Allowed", {"Content-Type": "text/plain", "Allow": "GET, HEAD"})
        path = unicodedata.normalize("NFC", unquote(request.path))
        if path in self.files:
            return static_file(path)
        if path in self.pdfs:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/tin-tuc/feed.xml":
            return _feed(request)
        if path == "/favicon.ico":
            return static_file(path)
        page = self.pages.get(path)
        if page is None and path.endswith("/index.html"):
            page = self.pages.get(path[: -len("index.html")])
        if page is None and not path.endswith("/") and path + "/" in self.pages:
            # nginx: a directory asked without its slash
            return redirect(base_url(request) + request.path + "/", 301)
        if page is None:
            return None
        return page(request)  # type: ignore[operator]


def build_site() -> LektorSite:
    return LektorSite()


def _alts(story: Story) -> list[str]:
    return [f"/tin-tuc/{story.slug}/index.html"]


GOLD = [
    gold_record(story, f"/tin-tuc/{story.slug}/", story.cat, alt_paths=_alts(story)) for story in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/co-cau-to-chuc/",
    "/lien-he/",
    f"/tin-tuc/{ALBUM['slug']}/",
    f"/van-ban/{DOCUMENTS[0]['slug']}/",
    f"/van-ban/{DOCUMENTS[1]['slug']}/",
]
